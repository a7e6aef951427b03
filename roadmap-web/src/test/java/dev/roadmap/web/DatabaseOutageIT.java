package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The portal through a PostgreSQL outage, staged with a {@link CuttableDatabaseLink} between the portal and the
 * shared server (which no test may stop): the public pages already rendered go on being served from memory,
 * {@code /health} and the API say 503 at once, a maintainer is told plainly, nothing waits; once the database is
 * back the portal recovers by itself within 10 s. The portal is the runnable jar, on a database of its own
 * ({@value #DATABASE}, made afresh), so the demo roadmap is imported and published on its first start.
 * Runs on PostgreSQL only (the second pass of {@code .ci/run}): H2 is embedded and cannot go away.
 */
class DatabaseOutageIT {

    private static final String DATABASE = "roadmap_outage";
    /** A generous bound: a page or an answer that waits on a dead database takes 10 s or more. */
    private static final Duration FAST = Duration.ofSeconds(3);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);
    private static final List<String> CACHED_PAGES = List.of("", "roadmaps/backstage", "roadmaps/backstage/board",
            "roadmaps/backstage/items/ease-of-onboarding");
    private static final String UNREACHABLE = "The database cannot be reached; nothing was lost. Try again in a moment.";

    private static CuttableDatabaseLink link;
    private static PayaraProcess portal;
    private static URI root;
    private static final Map<String, String> pagesBeforeTheOutage = new LinkedHashMap<>();

    @BeforeAll
    static void startThePortalBehindALinkToItsOwnDatabase() throws Exception {
        String url = System.getenv("ROADMAP_DB_URL");
        if (!onPostgreSql()) {
            return; // each test is skipped, with the reason (an assumption here would skip the class silently)
        }
        URI server = URI.create(url.substring("jdbc:".length()));
        String host = server.getHost();
        int port = server.getPort() < 0 ? 5432 : server.getPort();
        String user = System.getenv().getOrDefault("ROADMAP_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("ROADMAP_DB_PASSWORD", "postgres");
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
        link = CuttableDatabaseLink.to(host, port);
        int http = PayaraProcess.freePort();
        root = URI.create("http://127.0.0.1:" + http + "/");
        Path workingDirectory = Files.createTempDirectory("roadmap-jar-it");
        portal = PayaraProcess.start(List.of("-jar", Path.of(System.getProperty("roadmap.jar", "target/roadmap-web.jar"))
                        .toAbsolutePath().toString(), "--port", String.valueOf(http)),
                workingDirectory, workingDirectory.resolve("portal.log"),
                Map.of("ROADMAP_DB_URL", "jdbc:postgresql://127.0.0.1:" + link.port() + "/" + DATABASE,
                        "ROADMAP_DB_USER", user, "ROADMAP_DB_PASSWORD", password,
                        "ROADMAP_ADMIN_PASSWORD", PortalClient.ADMIN_PASSWORD));
        assertThat(portal.awaitOk(root.resolve("health"), PayaraProcess.START_LIMIT))
                .as("the portal is healthy within %s (log: %s)", PayaraProcess.START_LIMIT, portal.log()).isEqualTo(200);
        PortalClient visitor = new PortalClient(root);
        for (String page : CACHED_PAGES) {
            HttpResponse<String> read = visitor.get(page);
            assertThat(read.statusCode()).as(page).isEqualTo(200);
            pagesBeforeTheOutage.put(page, read.body());
        }
    }

    @BeforeEach
    void onlyOnPostgreSql() {
        assumeTrue(onPostgreSql(), "DatabaseOutageIT stages a PostgreSQL outage: it runs when ROADMAP_DB_URL names a "
                + "PostgreSQL database, as in .ci/run's second pass, not on the embedded H2");
    }

    @AfterEach
    void theDatabaseComesBack() throws Exception {
        if (link != null) {
            link.restore();
            awaitHealthy();
        }
    }

    @AfterAll
    static void stopThePortal() throws Exception {
        if (portal != null) {
            portal.stop();
        }
        if (link != null) {
            link.close();
        }
    }

    @Test
    void pagesRenderedBeforeTheOutageAreStillServedFromMemory() throws Exception {
        link.cut();

        PortalClient visitor = new PortalClient(root);
        for (Map.Entry<String, String> page : pagesBeforeTheOutage.entrySet()) {
            Timed<HttpResponse<String>> read = timed(() -> visitor.get(page.getKey()));
            assertThat(read.value().statusCode()).as("/%s during the outage", page.getKey()).isEqualTo(200);
            assertThat(read.value().body()).as("/%s during the outage", page.getKey()).isEqualTo(page.getValue());
            assertThat(read.took()).as("/%s during the outage", page.getKey()).isLessThan(FAST);
        }
    }

    @Test
    void healthIsDownAtOnceAndNamesNoDatabaseProduct() throws Exception {
        link.cut();

        Timed<HttpResponse<String>> health = timed(() -> new PortalClient(root).get("health"));

        assertThat(health.value().statusCode()).isEqualTo(503);
        assertThat(health.value().body()).contains("\"status\":\"DOWN\"").doesNotContainIgnoringCase("postgres");
        assertThat(health.took()).isLessThan(FAST);
    }

    @Test
    void healthIsDownWithinSecondsWhenTheDatabaseTakesConnectionsButNeverAnswers() throws Exception {
        link.stall();
        PortalClient probe = new PortalClient(root);
        probe.get("health"); // finds the pooled connections closed: the next asks for a new one

        Timed<HttpResponse<String>> health = timed(() -> probe.send(probe.request("health").timeout(Duration.ofSeconds(20))));

        assertThat(health.value().statusCode()).isEqualTo(503);
        // The pool gives a login up after loginTimeout (3 s); it was seen to try twice, still short of the 10 s no
        // request may wait.
        assertThat(health.took()).as("a login the database never answers is given up").isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aPublicPageNeverRenderedSaysTheDatabaseCannotBeReached() throws Exception {
        link.cut();

        Timed<HttpResponse<String>> editions = timed(() -> new PortalClient(root).get("roadmaps/backstage/editions"));

        assertThat(editions.value().statusCode()).isEqualTo(503);
        assertThat(editions.value().body()).contains(UNREACHABLE).doesNotContain("Maintainers");
        assertThat(editions.took()).isLessThan(FAST);
    }

    @Test
    void theApiAnswers503InJsonWithRetryAfter() throws Exception {
        link.cut();

        PortalClient script = new PortalClient(root);
        // A roadmap the API has not served yet: an edition's JSON served before is kept and served through an outage.
        Timed<HttpResponse<String>> read = timed(() -> script.get("api/roadmaps/" + SampleRoadmaps.freshSlug("unread").value()));
        Timed<HttpResponse<String>> put = timed(() -> script.put("api/roadmaps/backstage?publish=true",
                SampleRoadmaps.backstageMarkdown(), PortalClient.administratorsBasic()));

        for (Timed<HttpResponse<String>> answer : List.of(read, put)) {
            assertThat(answer.value().statusCode()).isEqualTo(503);
            assertThat(answer.value().headers().firstValue("Retry-After")).isPresent();
            assertThat(PortalClient.json(answer.value()).getString("message")).isEqualTo(UNREACHABLE);
            assertThat(answer.took()).isLessThan(FAST);
        }
    }

    @Test
    void aMaintainerPageSaysPlainlyThatTheDatabaseCannotBeReached() throws Exception {
        PortalClient maintainer = new PortalClient(root).signInAsTheAdministrator();
        link.cut();

        Timed<HttpResponse<String>> dashboard = timed(() -> maintainer.get("admin/"));

        assertThat(dashboard.value().statusCode()).isEqualTo(503);
        assertThat(dashboard.value().body()).contains(UNREACHABLE).contains("Roadmap Portal");
        assertThat(dashboard.took()).isLessThan(FAST);
    }

    @Test
    void thePortalRecoversByItselfWithinTenSecondsAndPublishesAgain() throws Exception {
        link.cut();
        new PortalClient(root).get("health");
        link.restore();

        Duration recovery = awaitHealthy();
        System.out.printf("DatabaseOutageIT: /health was UP %d ms after the database came back%n", recovery.toMillis());
        HttpResponse<String> put = new PortalClient(root).put("api/roadmaps/outage-recovered?publish=true",
                SampleRoadmaps.backstageMarkdown(), PortalClient.administratorsBasic());

        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        assertThat(PortalClient.json(put).getInt("edition")).isEqualTo(1);
    }

    @Test
    void aChangeTypedBeforeTheOutageIsSavedOnceTheDatabaseIsBack() throws Exception {
        PortalClient maintainer = new PortalClient(root).signInAsTheAdministrator();
        HttpResponse<String> editor = maintainer.get("admin/item.xhtml?roadmap=backstage&anchor=ease-of-onboarding");
        Map<String, String> typed = EditorIT.form(editor, Map.of("item:title", "Ease of onboarding, typed during an outage"));
        link.cut();

        HttpResponse<String> refused = maintainer.submitOn(editor, "item", typed);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains(UNREACHABLE);

        link.restore();
        awaitHealthy();
        HttpResponse<String> savedAgain = maintainer.submitOn(editor, "item", typed); // the browser's Back, then Save

        assertThat(savedAgain.body()).contains("Saved.");
        assertThat(maintainer.get("admin/item.xhtml?roadmap=backstage&anchor=ease-of-onboarding").body())
                .contains("Ease of onboarding, typed during an outage");
    }

    private static boolean onPostgreSql() {
        String url = System.getenv("ROADMAP_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    @Test
    void aChangeTypedInTheBrowserIsSavedAfterTheOutageByGoingBackAndSavingAgain() throws Exception {
        String editor = root.resolve("admin/item.xhtml?roadmap=backstage&anchor=techdocs-addon-framework").toString();
        try (Browser browser = Browser.headless(1280, 1400)) {
            browser.signInAsTheAdministrator(root);
            browser.driver().get(editor);
            browser.driver().findElement(By.id("item:title")).clear();
            browser.driver().findElement(By.id("item:title")).sendKeys("TechDocs add-ons, typed in a browser");
            link.cut();

            browser.clickAndWaitForPage(By.id("item:save"));
            assertThat(browser.driver().getPageSource()).contains(UNREACHABLE);
            browser.screenshot("outage-maintainer-save");

            link.restore();
            awaitHealthy();
            browser.backAndWaitForPage();
            assertThat(browser.driver().findElement(By.id("item:title")).getAttribute("value"))
                    .as("the typed title is still in the form").isEqualTo("TechDocs add-ons, typed in a browser");
            browser.clickAndWaitForPage(By.id("item:save"));

            assertThat(browser.driver().getPageSource()).contains("Saved.");
        }
        assertThat(new PortalClient(root).signInAsTheAdministrator().get(
                "admin/item.xhtml?roadmap=backstage&anchor=techdocs-addon-framework").body())
                .contains("TechDocs add-ons, typed in a browser");
    }

    /** How long /health took to answer UP; fails past {@link #RECOVERY_LIMIT}. */
    private static Duration awaitHealthy() throws Exception {
        PortalClient probe = new PortalClient(root);
        long start = System.nanoTime();
        while (true) {
            int status = probe.send(probe.request("health").timeout(FAST), HttpResponse.BodyHandlers.discarding()).statusCode();
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (status == 200) {
                return waited;
            }
            assertThat(waited).as("/health is UP again within %s of the database's return", RECOVERY_LIMIT).isLessThan(RECOVERY_LIMIT);
            Thread.sleep(100);
        }
    }

    private record Timed<T>(T value, Duration took) {
    }

    private interface Request<T> {
        T send() throws Exception;
    }

    private static <T> Timed<T> timed(Request<T> request) throws Exception {
        long start = System.nanoTime();
        T value = request.send();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }
}
