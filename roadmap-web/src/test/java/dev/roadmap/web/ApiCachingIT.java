package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/roadmaps/{slug}} is served per edition with an ETag: revalidated with a 304, new at once after a publication. */
class ApiCachingIT extends DeployedPortal {

    private String slug;

    @BeforeEach
    void aPublishedRoadmap() throws Exception {
        slug = SampleRoadmaps.freshSlug("cached-api").value();
        publish(SampleRoadmaps.backstageMarkdown());
    }

    private void publish(byte[] markdown) throws Exception {
        HttpResponse<String> put = visitor().put("api/roadmaps/" + slug + "?publish=true", markdown,
                PortalClient.administratorsBasic());
        assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
    }

    private HttpResponse<String> get(String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve("api/roadmaps/" + slug)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return visitor().send(request);
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
    }

    @Test
    void twoCallsForTheSameEditionGiveTheSameETagAndBody() throws Exception {
        HttpResponse<String> first = get(null);
        HttpResponse<String> second = get(null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(etag(second)).isEqualTo(etag(first));
        assertThat(second.body()).isEqualTo(first.body()).contains("\"slug\":\"" + slug + "\"", "\"number\":1");
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
    }

    @Test
    void aClientHoldingTheEditionGetsNotModifiedWithoutABody() throws Exception {
        String held = etag(get(null));

        HttpResponse<String> revalidated = get(held);

        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(etag(revalidated)).isEqualTo(held);
    }

    @Test
    void aPublicationChangesTheETagAndTheBodyShowsTheNewEditionAtOnce() throws Exception {
        String before = etag(get(null));

        publish(new String(SampleRoadmaps.backstageMarkdown(), StandardCharsets.UTF_8)
                .replace("title: Roadmap", "title: Roadmap, revised").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> after = get(before);

        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(etag(after)).isNotEqualTo(before);
        assertThat(after.body()).contains("\"title\":\"Roadmap, revised\"", "\"number\":2");
    }

    @Test
    void anUnknownRoadmapIsStillNotFound() throws Exception {
        HttpResponse<String> missing = visitor().get("api/roadmaps/no-such-roadmap-here");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
    }
}
