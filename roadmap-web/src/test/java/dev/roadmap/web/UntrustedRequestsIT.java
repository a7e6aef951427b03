package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a stranger's request cannot make the portal do (issue 11): change anything through the API with a
 * browser's session cookie, get a session from the API, put its own Host into links, learn the server's name.
 */
class UntrustedRequestsIT extends DeployedPortal {

    private static final String ADMIN = PortalClient.administratorsBasic();

    private static byte[] seed() {
        return SampleRoadmaps.backstageMarkdown();
    }

    @Test
    void aPutWithOnlyTheSessionCookieIsUnauthorizedAndStoresNothing() throws Exception {
        String address = "api/roadmaps/" + SampleRoadmaps.freshSlug("cookie-put");

        HttpResponse<String> put = administrator().put(address, seed(), null);

        assertThat(put.statusCode()).isEqualTo(401);
        assertThat(put.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(PortalClient.json(put).getString("message")).contains("Authorization");
        assertThat(visitor().get(address).statusCode()).as("nothing stored").isEqualTo(404);
    }

    @Test
    void aDeleteWithOnlyTheSessionCookieIsUnauthorizedAndRemovesNothing() throws Exception {
        String address = "api/roadmaps/" + SampleRoadmaps.freshSlug("cookie-delete");
        assertThat(visitor().put(address + "?publish=true", seed(), ADMIN).statusCode()).isEqualTo(201);

        HttpResponse<String> delete = administrator().delete(address, null);

        assertThat(delete.statusCode()).isEqualTo(401);
        assertThat(visitor().get(address).statusCode()).as("still published").isEqualTo(200);
    }

    @Test
    void aWrongHeaderIsRefusedEvenBesideASignedInSessionCookie() throws Exception {
        String address = "api/roadmaps/" + SampleRoadmaps.freshSlug("cookie-and-header");

        HttpResponse<String> put = administrator().put(address, seed(), PortalClient.basic(PortalClient.ADMIN, "not-the-password"));

        assertThat(put.statusCode()).isEqualTo(401);
    }

    @Test
    void noApiCallSetsASessionCookieNeitherReadsNorChangesNorAddressesOfNothing() throws Exception {
        String address = "api/roadmaps/" + SampleRoadmaps.freshSlug("no-session");
        PortalClient script = visitor();

        List<HttpResponse<String>> answers = List.of(script.get("api/roadmaps"),
                script.put(address + "?publish=true", seed(), ADMIN),
                script.send(script.request(address).header("Authorization", ADMIN).GET()),
                script.get("api/roadmaps/no-such-roadmap"),
                script.send(script.request("api/no-such-address").header("Authorization", ADMIN).GET()));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 201, 200, 404, 404);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().allValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID")));
    }

    @Test
    void aForgedHostDoesNotAppearInTheFeed() throws Exception {
        String feed = withHost("GET", "/roadmaps/backstage/feed.atom", "evil.example");

        assertThat(feed).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                .contains("<id>http://127.0.0.1:" + root.getPort() + "/roadmaps/backstage/feed.atom</id>");
    }

    @Test
    void aForgedHostDoesNotAppearInTheRedirectToTheLoginPage() throws Exception {
        String redirect = withHost("GET", "/admin/", "evil.example");

        assertThat(redirect).startsWith("HTTP/1.1 302").contains("/login.xhtml").doesNotContain("evil.example");
    }

    @Test
    void theFeedNamesTheRoadmapsMaintainersNotTheAccountThatPublished() throws Exception {
        String feed = visitor().get("roadmaps/backstage/feed.atom").body();

        assertThat(feed).contains("maintainers</name>").doesNotContain("<name>" + PortalClient.ADMIN + "</name>");
    }

    @Test
    void plainHttpGetsNoHstsEvenWhenAStrangerClaimsHttps() throws Exception {
        HttpResponse<String> claimed = visitor().send(visitor().request("").header("X-Forwarded-Proto", "https").GET());

        assertThat(claimed.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"", "api/roadmaps", "no-such-page", "metrics"})
    void noResponseNamesTheServer(String address) throws Exception {
        assertThat(visitor().get(address).headers().firstValue("Server")).isEmpty();
    }

    @Test
    void aMethodTheApiDoesNotTakeIsRefusedInJson() throws Exception {
        HttpResponse<String> refused = visitor().send(visitor().request("api/roadmaps").header("Authorization", ADMIN)
                .DELETE());

        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(PortalClient.json(refused).getInt("status")).isEqualTo(405);
    }

    @Test
    void aContentTypeTheApiDoesNotTakeIsRefusedInJson() throws Exception {
        HttpResponse<String> refused = visitor().send(visitor().request("api/roadmaps/" + SampleRoadmaps.freshSlug("pdf"))
                .header("Authorization", ADMIN).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(seed())));

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(PortalClient.json(refused).getInt("status")).isEqualTo(415);
    }

    @Test
    void metricsAreServedToTheMachineItself() throws Exception {
        assertThat(visitor().get("metrics").statusCode()).isEqualTo(200);
    }

    /** A request with a Host of one's choosing (Java's HttpClient will not send one), answered as raw text. */
    private String withHost(String method, String path, String host) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
