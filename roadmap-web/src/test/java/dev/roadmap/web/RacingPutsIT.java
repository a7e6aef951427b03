package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Two CI jobs putting documents into the same roadmap at the same moment: one is stored, the other gets
 * 409 and leaves nothing behind, neither its import nor an edition. {@link RacingImports} makes the two
 * calls read the roadmap before either stores it, so the race happens on every run; it holds only slugs that start
 * with its prefix, so the other tests on the shared portal never wait for it.
 */
class RacingPutsIT extends DeployedPortal {

    @Test
    void twoDocumentsMakingTheSameNewRoadmapStoreOneAndRefuseTheOther() throws Exception {
        String slug = SampleRoadmaps.freshSlug(RacingImports.PREFIX + "new").value();

        List<HttpResponse<String>> answers = putTogether(slug, "", "First of two", "Second of two");

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(201, 409);
        assertThat(PortalClient.json(answers.get(1)).getString("message")).contains("nothing was stored");
    }

    @Test
    void twoPublishingPutsStoreAndPublishOneAndNothingOfTheOther() throws Exception {
        String slug = SampleRoadmaps.freshSlug(RacingImports.PREFIX + "publish").value();
        putTogether(slug, "", "Made first", "Made second");

        List<HttpResponse<String>> answers = putTogether(slug, "?publish=true", "Version A", "Version B");

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 409);
        assertThat(PortalClient.json(answers.get(0)).getInt("edition")).isEqualTo(1);
        JsonObject published = PortalClient.json(get("api/roadmaps/" + slug));
        assertThat(published.getJsonObject("edition").getInt("number")).isEqualTo(1);
        assertThat(published.getString("description")).as("the winner's document, not a mix")
                .isEqualTo(answers.get(0).request().headers().firstValue("X-Description").orElseThrow());
        assertThat(get("api/roadmaps/" + slug + "/editions/2").statusCode()).as("the loser published nothing")
                .isEqualTo(404);
    }

    @Test
    void twoJobsPublishingTheSameDocumentMakeOneEdition() throws Exception {
        String slug = SampleRoadmaps.freshSlug(RacingImports.PREFIX + "same").value();
        putTogether(slug, "", "The same", "Made second");
        putTogether(slug, "", "The same", "The same");

        List<HttpResponse<String>> answers = putTogether(slug, "?publish=true", "The same", "The same");

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 409);
        assertThat(get("api/roadmaps/" + slug + "/editions/2").statusCode()).isEqualTo(404);
    }

    /** Puts two variants of the demo document at once; the answers, the winner's first. */
    private List<HttpResponse<String>> putTogether(String slug, String query, String first, String second) {
        CompletableFuture<HttpResponse<String>> one = putAsync(slug + query, first);
        CompletableFuture<HttpResponse<String>> other = putAsync(slug + query, second);
        return List.of(one.join(), other.join()).stream()
                .sorted(Comparator.comparingInt(HttpResponse::statusCode)).toList();
    }

    private CompletableFuture<HttpResponse<String>> putAsync(String path, String description) {
        PortalClient ciJob = visitor();
        return ciJob.sendAsync(ciJob.request("api/roadmaps/" + path).header("Content-Type", "text/markdown")
                .header("Authorization", PortalClient.administratorsBasic()).header("X-Description", description)
                .PUT(HttpRequest.BodyPublishers.ofString(document(description))));
    }

    private static String document(String description) {
        return new String(SampleRoadmaps.backstageMarkdown(), StandardCharsets.UTF_8)
                .replace("description: Roadmap of Backstage", "description: " + description);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return visitor().get(path);
    }
}
