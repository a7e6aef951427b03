package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code PUT /api/roadmaps/{slug}}, as a CI job calls it: its credentials and every answer it can get. */
class DocsAsCodeApiIT extends DeployedPortal {

    private final HttpClient http = HttpClient.newHttpClient();

    private static byte[] seed() {
        return SampleRoadmaps.backstageMarkdown();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> put(String path, byte[] body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).header("Content-Type", "text/markdown")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void withoutCredentialsThePutIsUnauthorizedAndSaysHowToSignIn() throws Exception {
        HttpResponse<String> anonymous = put("api/roadmaps/" + SampleRoadmaps.freshSlug("anon"), seed(), null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(json(anonymous).getString("message")).contains("Bearer", "HTTP Basic");
    }

    @Test
    void aWrongPasswordOrUnknownTokenIsUnauthorized() throws Exception {
        String slug = "api/roadmaps/" + SampleRoadmaps.freshSlug("wrong");

        assertThat(put(slug, seed(), basic("admin", "not-the-password")).statusCode()).isEqualTo(401);
        assertThat(put(slug, seed(), "Bearer rp_not-a-token").statusCode()).isEqualTo(401);
        assertThat(http.send(HttpRequest.newBuilder(root.resolve(slug)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("nothing stored").isEqualTo(404);
    }

    @Test
    void anAdministratorPutsANewRoadmapAndPublishesItInOneCall() throws Exception {
        String slug = SampleRoadmaps.freshSlug("ci").value();

        HttpResponse<String> created = put("api/roadmaps/" + slug + "?publish=true", seed(),
                basic("admin", MaintainerSession.ADMIN_PASSWORD));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).getBoolean("created")).isTrue();
        assertThat(json(created).getInt("edition")).isEqualTo(1);
        assertThat(json(created).getJsonArray("warnings").getString(0)).startsWith(slug + ".md:20: warning:");
        assertThat(http.send(HttpRequest.newBuilder(root.resolve("roadmaps/" + slug)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        HttpResponse<String> again = put("api/roadmaps/" + slug + "?publish=true", seed(),
                basic("admin", MaintainerSession.ADMIN_PASSWORD));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).getBoolean("changed")).isFalse();
        assertThat(json(again).containsKey("edition")).as("nothing new to publish").isFalse();
    }

    @Test
    void aBrokenDocumentIsABadRequestWithTheReportAndStoresNothing() throws Exception {
        String slug = SampleRoadmaps.freshSlug("broken").value();
        byte[] notUtf8 = {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'};

        HttpResponse<String> refused = put("api/roadmaps/" + slug, notUtf8, basic("admin", MaintainerSession.ADMIN_PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).getString("message")).containsIgnoringCase("UTF-8");
    }

    @Test
    void aDocumentOverTheLimitIsTooLarge() throws Exception {
        byte[] huge = ("# Huge\n\n" + "x".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = put("api/roadmaps/" + SampleRoadmaps.freshSlug("huge"), huge,
                basic("admin", MaintainerSession.ADMIN_PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json(refused).getString("message")).contains("1048576 bytes");
    }

    @Test
    void aTokenMadeInTheAdminPagesWorksUntilItIsRevoked() throws Exception {
        MaintainerSession maintainer = new MaintainerSession(root);
        maintainer.signIn("admin", MaintainerSession.ADMIN_PASSWORD);
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
        Matcher button = Pattern.compile("name=\"(tokens:[^\"]+)\" value=\"Revoke\"").matcher(listed.body());
        assertThat(button.find()).as(listed.body()).isTrue();
        maintainer.submit("admin/tokens.xhtml", "tokens", Map.of(button.group(1), "Revoke"));

        assertThat(put("api/roadmaps/" + slug, seed(), token).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> delete(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).DELETE();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAdministratorRemovesARoadmapWithItsEditionsAndTheSlugCanBeUsedAgain() throws Exception {
        String slug = SampleRoadmaps.freshSlug("removed").value();
        String admin = basic("admin", MaintainerSession.ADMIN_PASSWORD);
        put("api/roadmaps/" + slug + "?publish=true", seed(), admin);
        assertThat(http.send(HttpRequest.newBuilder(root.resolve("roadmaps/" + slug)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        assertThat(delete("api/roadmaps/" + slug, admin).statusCode()).isEqualTo(204);

        assertThat(http.send(HttpRequest.newBuilder(root.resolve("roadmaps/" + slug)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("the cached page is gone too").isEqualTo(404);
        assertThat(delete("api/roadmaps/" + slug, admin).statusCode()).isEqualTo(404);
        assertThat(put("api/roadmaps/" + slug, seed(), admin).statusCode()).isEqualTo(201);
    }

    @Test
    void onlyAnAdministratorMayRemoveARoadmap() throws Exception {
        String slug = SampleRoadmaps.freshSlug("kept").value();
        put("api/roadmaps/" + slug, seed(), basic("admin", MaintainerSession.ADMIN_PASSWORD));
        MaintainerSession administrator = new MaintainerSession(root);
        administrator.signIn("admin", MaintainerSession.ADMIN_PASSWORD);
        String editorName = "editor-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> made = administrator.submit("admin/users.xhtml", "create",
                Map.of("create:username", editorName, "create:role", "EDITOR", "create:make", "Make an account"));
        Matcher password = Pattern.compile("id=\"handed-over-password\"[^>]*>([A-Za-z0-9]+)<").matcher(made.body());
        assertThat(password.find()).isTrue();
        String editor = basic(editorName, new MaintainerSession(root).signInAndChooseAPassword(editorName, password.group(1)));

        assertThat(delete("api/roadmaps/" + slug, null).statusCode()).isEqualTo(401);
        assertThat(delete("api/roadmaps/" + slug, editor).statusCode()).isEqualTo(403);
        assertThat(put("api/roadmaps/" + slug, seed(), editor).statusCode()).as("an editor may change it").isEqualTo(200);
    }
}
