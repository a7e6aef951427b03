package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar roadmap-web.jar} as a user runs it: in a fresh working directory, on loopback, with
 * Payara Micro's own options still honoured. The database is the embedded default unless the
 * environment names another (as the PostgreSQL run of the tests does).
 */
class RunnableJarIT {

    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path workingDirectory;
    private Process portal;

    @BeforeEach
    void aFreshWorkingDirectory() throws IOException {
        workingDirectory = Files.createTempDirectory("roadmap-jar-it");
    }

    @AfterEach
    void stopThePortal() throws InterruptedException {
        if (portal != null && portal.isAlive()) {
            portal.destroy();
            if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
        }
    }

    @Test
    void theJarServesTheHomePageAtTheRootAndReportsHealthOnTheGivenPort() throws Exception {
        int port = freePort();
        portal = start(List.of("--port", String.valueOf(port)), null);

        URI home = URI.create("http://127.0.0.1:" + port + "/");
        assertThat(waitForOk(home)).as("the home page answers within %s", START_LIMIT).isTrue();

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("<title>Roadmaps · Roadmap Portal</title>")
                .as("the demo roadmap is there on a first start").contains("Roadmap of Backstage");
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(home.resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void aFirstStartPrintsATemporaryAdministratorPasswordThatAsksForAnOwnOneAtSignIn() throws Exception {
        assumeTrue(System.getenv("ROADMAP_DB_URL") == null, "a first start needs an empty database: the embedded one");
        int port = freePort();
        portal = start(List.of("--port", String.valueOf(port)), null);
        URI root = URI.create("http://127.0.0.1:" + port + "/");
        assertThat(waitForOk(root)).isTrue();

        Matcher printed = Pattern.compile("Created the administrator 'admin' with the password (\\S+) \\.")
                .matcher(Files.readString(workingDirectory.resolve("portal.log")));
        assertThat(printed.find()).as("the password is in the log").isTrue();
        MaintainerSession administrator = new MaintainerSession(root);
        administrator.signIn("admin", printed.group(1));

        HttpResponse<String> dashboard = administrator.get("admin/");
        assertThat(dashboard.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin/password.xhtml"));
        administrator.changePassword(printed.group(1), "the administrator's own", "the administrator's own");
        assertThat(administrator.get("admin/").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnreachableDatabaseEndsTheStartWithOneClearLine() throws Exception {
        portal = start(List.of("--port", String.valueOf(freePort())), "jdbc:postgresql://127.0.0.1:1/nowhere");

        assertThat(portal.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the process ends").isTrue();
        List<String> output = Files.readAllLines(workingDirectory.resolve("portal.log"));
        assertThat(portal.exitValue()).isNotZero();
        assertThat(output.get(output.size() - 1)).isEqualTo("Roadmap Portal cannot start: the database at "
                + "jdbc:postgresql://127.0.0.1:1/nowhere cannot be used: Connection refused");
        assertThat(output).noneMatch(line -> line.startsWith("\tat "));
    }

    private Process start(List<String> options, String databaseUrl) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(javaExecutable(), "-jar",
                Path.of(System.getProperty("roadmap.jar", "target/roadmap-web.jar")).toAbsolutePath().toString()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(workingDirectory.resolve("portal.log").toFile());
        if (databaseUrl != null) {
            builder.environment().put("ROADMAP_DB_URL", databaseUrl);
        }
        return builder.start();
    }

    private boolean waitForOk(URI uri) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline && portal.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
