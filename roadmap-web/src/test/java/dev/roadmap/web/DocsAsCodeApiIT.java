package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code PUT /api/roadmaps/{slug}}, as a CI job calls it: its credentials and every answer it can get. */
class DocsAsCodeApiIT extends DeployedPortal {

    private static final String ADMIN = PortalClient.administratorsBasic();

    private static byte[] seed() {
        return SampleRoadmaps.backstageMarkdown();
    }

    private HttpResponse<String> put(String path, byte[] body, String authorization) throws Exception {
        return visitor().put(path, body, authorization);
    }

    private HttpResponse<String> delete(String path, String authorization) throws Exception {
        return visitor().delete(path, authorization);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return visitor().get(path);
    }

    @Test
    void withoutCredentialsThePutIsUnauthorizedAndSaysHowToSignIn() throws Exception {
        HttpResponse<String> anonymous = put("api/roadmaps/" + SampleRoadmaps.freshSlug("anon"), seed(), null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(PortalClient.json(anonymous).getString("message")).contains("Bearer", "HTTP Basic");
    }

    @Test
    void aWrongPasswordOrUnknownTokenIsUnauthorized() throws Exception {
        String slug = "api/roadmaps/" + SampleRoadmaps.freshSlug("wrong");

        assertThat(put(slug, seed(), PortalClient.basic(PortalClient.ADMIN, "not-the-password")).statusCode()).isEqualTo(401);
        assertThat(put(slug, seed(), "Bearer rp_not-a-token").statusCode()).isEqualTo(401);
        assertThat(get(slug).statusCode()).as("nothing stored").isEqualTo(404);
    }

    @Test
    void anAdministratorPutsANewRoadmapAndPublishesItInOneCall() throws Exception {
        String slug = SampleRoadmaps.freshSlug("ci").value();

        HttpResponse<String> created = put("api/roadmaps/" + slug + "?publish=true", seed(),
                ADMIN);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(PortalClient.json(created).getBoolean("created")).isTrue();
        assertThat(PortalClient.json(created).getInt("edition")).isEqualTo(1);
        assertThat(PortalClient.json(created).getJsonArray("warnings").getString(0)).startsWith(slug + ".md:20: warning:");
        assertThat(get("roadmaps/" + slug).statusCode()).isEqualTo(200);

        HttpResponse<String> again = put("api/roadmaps/" + slug + "?publish=true", seed(),
                ADMIN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(PortalClient.json(again).getBoolean("changed")).isFalse();
        assertThat(PortalClient.json(again).containsKey("edition")).as("nothing new to publish").isFalse();
    }

    @Test
    void aRoadmapPublishedByTheApiIsRenderedInAdvanceOfItsFirstVisitor() throws Exception {
        JsonObject before = healthCheck("published-pages");

        assertThat(put("api/roadmaps/" + SampleRoadmaps.freshSlug("ahead") + "?publish=true", seed(), ADMIN).statusCode())
                .isEqualTo(201);

        // Rendered in the background, after the publishing transaction: moments later, and before anyone asks.
        Instant deadline = Instant.now().plusSeconds(30);
        JsonObject after = healthCheck("published-pages");
        while (count(after, "renderedInAdvance") <= count(before, "renderedInAdvance") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            after = healthCheck("published-pages");
        }
        assertThat(count(after, "renderedInAdvance")).isGreaterThan(count(before, "renderedInAdvance"));
        assertThat(count(after, "failedInAdvance")).isEqualTo(count(before, "failedInAdvance"));
    }

    @Test
    void aBrokenDocumentIsABadRequestWithTheReportAndStoresNothing() throws Exception {
        String slug = SampleRoadmaps.freshSlug("broken").value();
        byte[] notUtf8 = {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'};

        HttpResponse<String> refused = put("api/roadmaps/" + slug, notUtf8, ADMIN);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(refused).getString("message")).containsIgnoringCase("UTF-8");
    }

    @Test
    void aDocumentOverTheLimitIsTooLarge() throws Exception {
        byte[] huge = ("# Huge\n\n" + "x".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = put("api/roadmaps/" + SampleRoadmaps.freshSlug("huge"), huge,
                ADMIN);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(PortalClient.json(refused).getString("message")).contains("1048576 bytes");
    }

    @Test
    void aDocumentOverTheReadingBudgetIsABadRequestSayingWhatIsOver() throws Exception {
        byte[] bomb = ("# Bomb\n\n## What's next\n\n- " + "*_".repeat(100_000)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = put("api/roadmaps/" + SampleRoadmaps.freshSlug("bomb"), bomb, ADMIN);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("at most 150,000 are read");
    }

    @Test
    void aTokenMadeInTheAdminPagesWorksUntilItIsRevoked() throws Exception {
        PortalClient maintainer = administrator();
        HttpResponse<String> made = maintainer.submit("admin/tokens.xhtml", "create",
                Map.of("create:name", "docs CI", "create:make", "Make a token"));
        Matcher secret = Pattern.compile("id=\"new-token\"[^>]*>(rp_[A-Za-z0-9_-]+)<").matcher(made.body());
        assertThat(secret.find()).as(made.body()).isTrue();
        String token = "Bearer " + secret.group(1);
        String slug = SampleRoadmaps.freshSlug("token").value();

        assertThat(put("api/roadmaps/" + slug, seed(), token).statusCode()).isEqualTo(201);
        assertThat(maintainer.get("admin/tokens.xhtml").body()).as("the secret is shown once")
                .doesNotContain(secret.group(1)).contains("docs CI");

        HttpResponse<String> listed = maintainer.get("admin/tokens.xhtml");
        maintainer.submitOn(listed, "tokens", Map.of(PortalClient.buttonSaying(listed, "tokens", "Revoke"), "Revoke"));

        assertThat(put("api/roadmaps/" + slug, seed(), token).statusCode()).isEqualTo(401);
    }

    @Test
    void anAdministratorRemovesARoadmapWithItsEditionsAndTheSlugCanBeUsedAgain() throws Exception {
        String slug = SampleRoadmaps.freshSlug("removed").value();
        String admin = ADMIN;
        assertThat(put("api/roadmaps/" + slug + "?publish=true", seed(), admin).statusCode()).isEqualTo(201);
        assertThat(get("roadmaps/" + slug).statusCode()).isEqualTo(200);

        assertThat(delete("api/roadmaps/" + slug, admin).statusCode()).isEqualTo(204);

        assertThat(get("roadmaps/" + slug).statusCode()).as("the cached page is gone too").isEqualTo(404);
        assertThat(delete("api/roadmaps/" + slug, admin).statusCode()).isEqualTo(404);
        assertThat(put("api/roadmaps/" + slug, seed(), admin).statusCode()).isEqualTo(201);
    }

    @Test
    void onlyAnAdministratorMayRemoveARoadmap() throws Exception {
        String slug = SampleRoadmaps.freshSlug("kept").value();
        assertThat(put("api/roadmaps/" + slug, seed(), ADMIN).statusCode()).isEqualTo(201);
        String editorName = "editor-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String handedOver = PortalClient.handedOverPassword(administrator().makeAccount(editorName, "EDITOR"));
        String editor = PortalClient.basic(editorName, visitor().signInAndChooseAPassword(editorName, handedOver));

        assertThat(delete("api/roadmaps/" + slug, null).statusCode()).isEqualTo(401);
        assertThat(delete("api/roadmaps/" + slug, editor).statusCode()).isEqualTo(403);
        assertThat(put("api/roadmaps/" + slug, seed(), editor).statusCode()).as("an editor may change it").isEqualTo(200);
    }
}
