package dev.roadmap.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClassArchiveWarmUpTest {

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private HttpServer site;

    @BeforeEach
    void serveAHomePageWithOneRoadmapOfOneItem() throws Exception {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            String path = exchange.getRequestURI().toString();
            asked.add(path);
            String body = switch (path) {
                case "/" -> "<a href=\"/roadmaps/backstage\">Backstage</a>";
                case "/roadmaps/backstage" -> "<a href=\"/roadmaps/backstage/items/search\">Search</a>";
                default -> "";
            };
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        site.start();
    }

    @AfterEach
    void stop() {
        site.stop(0);
    }

    @Test
    void asksForTheHomePageTheFirstRoadmapItsBoardItsFirstItemAndTheOtherFirstPages() throws Exception {
        new ClassArchiveWarmUp(site.getAddress().getPort()).askForTheFirstPages();

        assertThat(asked).containsExactlyInAnyOrder("/", "/roadmaps/backstage", "/roadmaps/backstage/items/search",
                "/roadmaps/backstage/board", "/roadmaps/backstage/editions", "/roadmaps/backstage.md",
                "/roadmaps/backstage.atom", "/api/roadmaps/backstage", "/api/roadmaps", "/login.xhtml",
                "/search?q=plugin");
    }

    @Test
    void theWarmUpListensWherePayaraMicroIsToldToOrOnItsDefaultPort() {
        assertThat(ClassArchiveWarmUp.portIn(new String[] {"--port", "9090"})).isEqualTo(9090);
        assertThat(ClassArchiveWarmUp.portIn(new String[] {"--nocluster"})).isEqualTo(8080);
    }
}
