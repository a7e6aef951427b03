package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar as a user starts it, by the README's command {@code bin/roadmap-portal} (the small host's JVM
 * options and the class archive around {@code java -jar roadmap-web.jar}): in a fresh working directory, on loopback,
 * with Payara Micro's own options still honoured. The database is the embedded default unless the
 * environment names another (as the PostgreSQL run of the tests does). One start serves the tests of a
 * portal that runs; the start that must fail is a second one, which ends within seconds.
 */
class RunnableJarIT {

    /** The jar started on its first use, in a fresh working directory, and whether its home page answered. */
    private static PayaraProcess running;
    private static URI root;
    private static boolean answered;

    @AfterAll
    static void stopThePortal() throws InterruptedException {
        if (running != null) {
            running.stop();
        }
    }

    private static PayaraProcess running() throws Exception {
        if (running == null) {
            int port = PayaraProcess.freePort();
            root = URI.create("http://127.0.0.1:" + port + "/");
            running = start(port, Map.of());
            awaitTheDeploymentInItsLog();
            answered = running.awaitOk(root, PayaraProcess.START_LIMIT) == 200;
        }
        assertThat(answered).as("the home page answers within %s", PayaraProcess.START_LIMIT).isTrue();
        return running;
    }

    @Test
    void theJarServesTheHomePageAtTheRootAndReportsHealthOnTheGivenPort() throws Exception {
        running();
        PortalClient visitor = new PortalClient(root);

        HttpResponse<String> page = visitor.get("");
        assertThat(page.body()).contains("<title>Roadmaps · Roadmap Portal</title>")
                .as("the demo roadmap is there on a first start").contains("Roadmap of Backstage");
        assertThat(visitor.get("/health").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void theRoadmapPagesAddressesAreAnApplicationOfTheirOwnInTheJar() throws Exception {
        PayaraProcess jar = running();

        assertThat(Files.readString(jar.log())).contains("roadmaps was successfully deployed");
    }

    @Test
    void aCachedRoadmapPageFromTheEdgeCarriesTheSitesHeadersAndValidatorsAndMakesNoSession() throws Exception {
        running();
        PortalClient visitor = new PortalClient(root);
        visitor.get("roadmaps/backstage"); // rendered by the portal, and cached

        HttpResponse<String> page = visitor.get("roadmaps/backstage");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Roadmap of Backstage");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("default-src 'self'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("public, max-age=1");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(visitor.sessionId()).isEmpty();
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(visitor.send(visitor.request("roadmaps/backstage").header("If-None-Match", etag)).statusCode())
                .isEqualTo(304);
    }

    @Test
    void aFilteredPageAndAnUnknownRoadmapAtTheEdgeAreAnsweredByThePortalBehindIt() throws Exception {
        running();
        PortalClient visitor = new PortalClient(root);

        HttpResponse<String> filtered = visitor.get("roadmaps/backstage/board?status=shipped");
        assertThat(filtered.statusCode()).isEqualTo(200);
        assertThat(filtered.body()).contains("Showing 0 of 11 items.");
        HttpResponse<String> unknown = visitor.get("roadmaps/no-such-roadmap");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).as("the site's own page").contains("Roadmap Portal");
        assertThat(unknown.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(visitor.get("roadmaps/backstage/board").body()).contains("<title>Roadmap: board · Roadmap Portal</title>");
        assertThat(visitor.get("roadmaps/backstage.md").body()).contains("# ");
    }

    @Test
    void aFirstStartPrintsATemporaryAdministratorPasswordThatAsksForAnOwnOneAtSignIn() throws Exception {
        assumeTrue(System.getenv("ROADMAP_DB_URL") == null, "a first start needs an empty database: the embedded one");
        PayaraProcess jar = running();

        Matcher printed = Pattern.compile("Created the administrator 'admin' with the password (\\S+) \\.")
                .matcher(Files.readString(jar.log()));
        assertThat(printed.find()).as("the password is in the log").isTrue();
        PortalClient administrator = new PortalClient(root);
        administrator.signIn(PortalClient.ADMIN, printed.group(1));

        HttpResponse<String> dashboard = administrator.get("admin/");
        assertThat(dashboard.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin/password.xhtml"));
        administrator.changePassword(printed.group(1), "the administrator's own", "the administrator's own");
        assertThat(administrator.get("admin/").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnreachableDatabaseEndsTheStartWithOneClearLine() throws Exception {
        PayaraProcess jar = start(PayaraProcess.freePort(), Map.of("ROADMAP_DB_URL", "jdbc:postgresql://127.0.0.1:1/nowhere"));
        try {
            assertThat(jar.process().waitFor(PayaraProcess.START_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the process ends").isTrue();
            List<String> output = Files.readAllLines(jar.log());
            assertThat(jar.process().exitValue()).isNotZero();
            assertThat(output.get(output.size() - 1)).isEqualTo("Roadmap Portal cannot start: the database at "
                    + "jdbc:postgresql://127.0.0.1:1/nowhere cannot be used: Connection refused");
            assertThat(output).noneMatch(line -> line.startsWith("\tat "));
        } finally {
            jar.stop();
        }
    }

    @Test
    void aClusterOnTheEmbeddedDatabaseIsRefusedWithOneLine() throws Exception {
        // Without the class archive, whose first making would say so in the log too.
        PayaraProcess jar = start(PayaraProcess.freePort(), Map.of("ROADMAP_CLUSTER_MEMBERS", "127.0.0.1:6900,127.0.0.1:6901",
                "ROADMAP_DB_URL", "jdbc:h2:file:./data/roadmap", "ROADMAP_CDS", "false"));
        try {
            assertThat(jar.process().waitFor(60, TimeUnit.SECONDS)).as("the process ends").isTrue();
            assertThat(jar.process().exitValue()).isEqualTo(3);
            assertThat(Files.readAllLines(jar.log())).containsExactly("Roadmap Portal cannot start: a cluster needs PostgreSQL "
                    + "(a jdbc:postgresql: ROADMAP_DB_URL): an embedded H2 database cannot be shared between nodes.");
        } finally {
            jar.stop();
        }
    }

    /**
     * A new jar's first start through the script is a warm-up that makes the class archive: it answers on the same
     * port, on an in-memory database, and then ends while the JVM writes the archive (answering 404 as it undeploys).
     * Its output goes to the archive's log, so the portal under test is the one whose deployment this log reports.
     */
    private static void awaitTheDeploymentInItsLog() throws Exception {
        long deadline = System.nanoTime() + PayaraProcess.START_LIMIT.toNanos();
        while (System.nanoTime() < deadline && !(Files.exists(running.log())
                && Files.readString(running.log()).contains("ROOT was successfully deployed"))) {
            Thread.sleep(250);
        }
    }

    private static Path jarUnderTest() {
        return Path.of(System.getProperty("roadmap.jar", "target/roadmap-web.jar")).toAbsolutePath();
    }

    /** The built jar by its launcher on the given port, in a fresh working directory, its output in portal.log there. */
    private static PayaraProcess start(int port, Map<String, String> environment) throws Exception {
        Path workingDirectory = Files.createTempDirectory("roadmap-jar-it");
        Map<String, String> withJar = new HashMap<>(environment);
        withJar.put("ROADMAP_JAR", jarUnderTest().toString());
        return PayaraProcess.run(List.of(Path.of(System.getProperty("roadmap.launcher", "../bin/roadmap-portal"))
                        .toAbsolutePath().toString(), "--port", String.valueOf(port)),
                workingDirectory, workingDirectory.resolve("portal.log"), withJar);
    }
}
