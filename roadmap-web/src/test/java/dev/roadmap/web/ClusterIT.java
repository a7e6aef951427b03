package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of the runnable jar on loopback, joined by Payara's data grid ({@code ROADMAP_CLUSTER_MEMBERS}), on one
 * PostgreSQL database of their own ({@value #DATABASE}, made empty), started at the same moment. A publication
 * through one is served by the other within a second, and one that no clustered event told of (written to the
 * database alone) is caught by the nodes' check of the database; the login throttle counts for both, two maintainers
 * saving the same item on two nodes get the conflict page, and a signed-in maintainer's next request, an open form's included,
 * goes on at the other node when the first is killed (last, since it leaves one node). Runs on PostgreSQL only (the
 * second pass of {@code .ci/run}): an embedded H2 cannot be shared, and the jar refuses to cluster on it.
 * <p>
 * Ports: HTTP from {@code roadmap.it.cluster.http-port} (18320 by default) and the data grid from
 * {@code roadmap.it.cluster.grid-port} (6920), the first free ones; a cluster name of its own, so that no other
 * node on the machine joins.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String DATABASE = "roadmap_cluster_it";
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);
    private static final String CREATED_ADMINISTRATOR = "Created the administrator 'admin'";

    private static final List<Node> nodes = new ArrayList<>();
    private static String jdbcUrl;
    private static String user;
    private static String password;

    private record Node(String name, PayaraProcess process, URI root) {
    }

    @BeforeAll
    static void startTwoNodesAtOnceOnAnEmptyDatabase() throws Exception {
        if (!onPostgreSql()) {
            return; // each test is skipped, with the reason (an assumption here would skip the class silently)
        }
        URI server = URI.create(System.getenv("ROADMAP_DB_URL").substring("jdbc:".length()));
        String host = server.getHost();
        int port = server.getPort() < 0 ? 5432 : server.getPort();
        user = System.getenv().getOrDefault("ROADMAP_DB_USER", "postgres");
        password = System.getenv().getOrDefault("ROADMAP_DB_PASSWORD", "postgres");
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
        jdbcUrl = "jdbc:postgresql://" + host + ":" + port + "/" + DATABASE;
        int grid = freePort(Integer.getInteger("roadmap.it.cluster.grid-port", 6920));
        String members = "127.0.0.1:" + grid + ",127.0.0.1:" + (grid + 1);
        String cluster = "roadmap-it-" + UUID.randomUUID().toString().substring(0, 8);
        int http = Integer.getInteger("roadmap.it.cluster.http-port", 18320);
        for (String name : List.of("a", "b")) {
            http = freePort(http);
            Path workingDirectory = Files.createTempDirectory("roadmap-jar-it");
            PayaraProcess process = PayaraProcess.start(List.of("-DjvmRoute=" + name, "-jar",
                            Path.of(System.getProperty("roadmap.jar", "target/roadmap-web.jar")).toAbsolutePath().toString(),
                            "--port", String.valueOf(http), "--clustername", cluster),
                    workingDirectory, workingDirectory.resolve("portal.log"),
                    Map.of("ROADMAP_DB_URL", jdbcUrl, "ROADMAP_DB_USER", user, "ROADMAP_DB_PASSWORD", password,
                            "ROADMAP_ADMIN_PASSWORD", PortalClient.ADMIN_PASSWORD, "ROADMAP_CLUSTER_MEMBERS", members));
            nodes.add(new Node(name, process, URI.create("http://127.0.0.1:" + http + "/")));
            http++;
        }
        for (Node node : nodes) {
            assertThat(node.process().awaitOk(node.root().resolve("health"), PayaraProcess.START_LIMIT))
                    .as("node %s is healthy within %s (log: %s)", node.name(), PayaraProcess.START_LIMIT, node.process().log())
                    .isEqualTo(200);
        }
    }

    @BeforeEach
    void onlyOnPostgreSql() {
        assumeTrue(onPostgreSql(), "ClusterIT shares one PostgreSQL database between two nodes: it runs when ROADMAP_DB_URL "
                + "names a PostgreSQL database, as in .ci/run's second pass, not on the embedded H2");
    }

    @AfterAll
    static void stopTheNodes() throws InterruptedException {
        for (Node node : nodes) {
            node.process().stop();
        }
    }

    @Test
    @Order(1)
    void twoNodesStartedTogetherOnAnEmptyDatabaseMigrateItOnceAndMakeOneAdministrator() throws Exception {
        // Each node makes the administrator beside its start; a sign-in waits until its node has made it or given way.
        for (Node node : nodes) {
            new PortalClient(node.root()).signInAsTheAdministrator();
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement()) {
            assertThat(single(sql, "select count(*) from flyway_schema_history where version is not null"))
                    .as("each migration recorded once")
                    .isEqualTo(single(sql, "select count(distinct version) from flyway_schema_history where version is not null"));
            assertThat(single(sql, "select count(*) from flyway_schema_history where not success")).isZero();
            assertThat(single(sql, "select count(*) from account")).as("accounts").isEqualTo(1);
            assertThat(single(sql, "select count(*) from edition")).as("the demo published once").isEqualTo(1);
        }
        long created = 0;
        for (Node node : nodes) {
            created += Files.readAllLines(node.process().log(), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(CREATED_ADMINISTRATOR)).count();
        }
        assertThat(created).as("nodes that say they created the administrator").isEqualTo(1);
        for (Node node : nodes) {
            assertThat(new PortalClient(node.root()).get("roadmaps/backstage").statusCode()).as(node.name()).isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void aPublicationThroughOneNodeIsServedByTheOtherWithinASecond() throws Exception {
        PortalClient throughA = new PortalClient(node(0).root());
        PortalClient readerOnB = new PortalClient(node(1).root());
        String marker = "Cluster marker " + UUID.randomUUID().toString().substring(0, 8);
        for (String page : List.of("roadmaps/backstage", "roadmaps/backstage/board", "")) {
            assertThat(readerOnB.get(page).body()).as("/%s, cached on b before", page).doesNotContain(marker);
        }

        HttpResponse<String> put = throughA.put("api/roadmaps/backstage?publish=true", withItem(marker),
                PortalClient.administratorsBasic());
        long published = System.nanoTime();
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(PortalClient.json(put).getInt("edition")).isEqualTo(2);

        Duration took = timeUntilServed(readerOnB, "roadmaps/backstage", marker, published);
        System.out.printf("ClusterIT: edition 2, published through a, was served by b %d ms later%n", took.toMillis());
        assertThat(took).as("from publication to b serving it").isLessThan(VISIBLE_WITHIN);
        assertThat(readerOnB.get("roadmaps/backstage/board").body()).contains(marker);
        assertThat(readerOnB.get("api/roadmaps/backstage").body()).contains(marker);
    }

    @Test
    @Order(3)
    void anEditionNoClusteredEventToldOfIsServedByBothNodesWithinAboutASecond() throws Exception {
        String marker = "Written elsewhere " + UUID.randomUUID().toString().substring(0, 8);
        // What a node that was cut off from the data grid, or one outside the cluster, would leave behind: an edition
        // in the database and no event about it.
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into edition (id, roadmap_id, number, label, note, published_by, published_at, markdown) "
                    + "select nextval('roadmap_seq'), e.roadmap_id, e.number + 1, 'Elsewhere', null, 'ClusterIT', "
                    + "now() at time zone 'utc', replace(e.markdown, '## How to influence the roadmap', "
                    + "'- **" + marker + ":** no event told of it.' || chr(10) || chr(10) || '## How to influence the roadmap') "
                    + "from edition e join roadmap r on r.id = e.roadmap_id "
                    + "where r.slug = 'backstage' and e.number = r.last_edition_number");
            sql.executeUpdate("update roadmap set last_edition_number = last_edition_number + 1, version = version + 1 "
                    + "where slug = 'backstage'");
        }
        long written = System.nanoTime();

        for (Node node : nodes) {
            Duration took = timeUntilServed(new PortalClient(node.root()), "roadmaps/backstage", marker, written);
            System.out.printf("ClusterIT: an edition written to the database alone was served by %s %d ms later%n",
                    node.name(), took.toMillis());
            // the check runs every second; a generous bound for a busy machine
            assertThat(took).as("from the edition's commit to %s serving it", node.name()).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    @Order(4)
    void failedSignInsOnOneNodeHoldTheAccountOnTheOtherToo() throws Exception {
        PortalClient onA = new PortalClient(node(0).root());
        PortalClient onB = new PortalClient(node(1).root());
        String wrong = PortalClient.basic(PortalClient.ADMIN, "not the password");
        // Five, not three: the hold after the n-th failure lasts 2^(n-3) s from that attempt's start, and a's own
        // hashing of it takes about a second of that on a busy machine, so three left b a race it could lose.
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(onA.send(onA.request("api/roadmaps/backstage").header("Authorization", wrong)).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> rightOnB = onB.send(onB.request("api/roadmaps/backstage")
                .header("Authorization", PortalClient.administratorsBasic()));

        assertThat(rightOnB.statusCode()).as("the right password on b, just after five failures on a").isEqualTo(401);
        onB.waitOutTheThrottle(); // and clears the address and the account for the tests that follow
    }

    @Test
    @Order(5)
    void twoMaintainersSavingTheSameItemOnTwoNodesGetTheConflictPage() throws Exception {
        String slug = SampleRoadmaps.freshSlug("clustered").value();
        new PortalClient(node(0).root()).putTheDemoAsDraft(slug);
        PortalClient first = new PortalClient(node(0).root()).signInAsTheAdministrator();
        PortalClient second = new PortalClient(node(1).root()).signInAsTheAdministrator();
        String item = "admin/item.xhtml?roadmap=" + slug + "&anchor=telemetry";
        HttpResponse<String> firstPage = first.get(item);
        HttpResponse<String> secondPage = second.get(item);

        assertThat(first.submitOn(firstPage, "item", EditorIT.form(firstPage, Map.of("item:status", "SHIPPED"))).body())
                .contains("Saved.");
        HttpResponse<String> conflict = second.submitOn(secondPage, "item",
                EditorIT.form(secondPage, Map.of("item:title", "Telemetry for everyone")));

        assertThat(conflict.body()).contains("Someone else saved this item since you opened it; they changed its status.",
                "value=\"Telemetry for everyone\"");
    }

    @Test
    @Order(6)
    void aSignedInMaintainersNextRequestGoesOnAtTheOtherNodeWhenTheirsIsKilled() throws Exception {
        String slug = SampleRoadmaps.freshSlug("failover").value();
        new PortalClient(node(0).root()).putTheDemoAsDraft(slug);
        PortalClient onA = new PortalClient(node(0).root()).signInAsTheAdministrator();
        HttpResponse<String> openForm = onA.get("admin/item.xhtml?roadmap=" + slug + "&anchor=telemetry");
        assertThat(openForm.statusCode()).isEqualTo(200);
        assertThat(onA.sessionId()).hasValueSatisfying(id -> assertThat(id).endsWith(".a"));

        node(0).process().process().destroyForcibly().waitFor(); // kill -9: no goodbye to the data grid
        PortalClient onB = onA.at(node(1).root());

        HttpResponse<String> dashboard = onB.get("admin/");
        assertThat(dashboard.statusCode()).as("still signed in on b").isEqualTo(200);
        assertThat(dashboard.body()).contains(slug);
        assertThat(onB.get("admin/users.xhtml").statusCode()).as("still an administrator on b").isEqualTo(200);
        HttpResponse<String> saved = onB.submitOn(openForm, "item",
                EditorIT.form(openForm, Map.of("item:title", "Telemetry, saved after a failover")));
        assertThat(saved.body()).as("the form opened on a, posted to b").contains("Saved.");
        assertThat(onB.get("admin/item.xhtml?roadmap=" + slug + "&anchor=telemetry").body())
                .contains("Telemetry, saved after a failover");
    }

    private static Node node(int index) {
        return nodes.get(index);
    }

    /** The demo document with one more item under "Future work": a change the public sees. */
    private static byte[] withItem(String title) {
        String demo = new String(SampleRoadmaps.backstageMarkdown(), StandardCharsets.UTF_8);
        int closing = demo.indexOf("## How to influence the roadmap");
        return (demo.substring(0, closing).stripTrailing() + "\n- **" + title + ":** published through one node.\n\n"
                + demo.substring(closing)).getBytes(StandardCharsets.UTF_8);
    }

    /** How long after {@code since} the page first showed {@code text}; polls every 20 ms, gives up after 10 s. */
    private static Duration timeUntilServed(PortalClient client, String page, String text, long since) throws Exception {
        while (true) {
            HttpResponse<String> read = client.get(page);
            Duration took = Duration.ofNanos(System.nanoTime() - since);
            if (read.statusCode() == 200 && read.body().contains(text)) {
                return took;
            }
            assertThat(took).as("/%s shows the publication", page).isLessThan(Duration.ofSeconds(10));
            Thread.sleep(20);
        }
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The first port from {@code from} on that nothing listens on. */
    private static int freePort(int from) throws IOException {
        for (int port = from; port < from + 20; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // the next one
            }
        }
        throw new IOException("No free port from " + from);
    }

    private static boolean onPostgreSql() {
        String url = System.getenv("ROADMAP_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }
}
