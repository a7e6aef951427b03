package dev.roadmap.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The one portal of a test run, for every test that talks to it over HTTP or in a browser. The first test class
 * that needs it writes the test WAR (the module's WAR plus {@link #TEST_HELPERS}), starts the Payara Micro under
 * target/ with the options arquillian.xml gives the in-container tests, and waits until the home page answers.
 * The portal stops when the run ends (or the JVM does). A start that fails fails each class that needs the
 * portal, with the end of the server's log; the whole log is kept in target/test-portal/server.log.
 */
final class SharedPortal implements BeforeAllCallback, TestInstancePostProcessor, AfterAllCallback {

    /** Switched on in this deployment only: the staged race of RacingPutsIT, the two editions of the browser walk. */
    private static final Class<?>[] TEST_HELPERS = {RacingImports.class, TwoEditionRoadmap.class};
    private static final int LOG_LINES_SHOWN = 80;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPortal.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context).root();
    }

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) {
        if (test instanceof DeployedPortal deployed) {
            deployed.root = server(context).root();
        }
    }

    /** Every test signs in from the same address: each class leaves the login throttle clear for the next. */
    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Server server = server(context);
        if (server.failure == null) {
            new PortalClient(server.root).waitOutTheThrottle();
        }
    }

    private static Server server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class);
    }

    /** Thrown in place of every test that needs the portal when it did not start: a deployment failure, not a test's. */
    static final class PortalDidNotStart extends RuntimeException {

        PortalDidNotStart(String why, Path log) {
            super("The shared test portal did not start: " + why + ". The end of " + log + ":\n" + tail(log));
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }

    /** The running server, or why it is not running; closed with the root store, at the end of the run. */
    private static final class Server implements AutoCloseable {

        private final PayaraProcess payara;
        private final Thread stopAtExit;
        private final URI root;
        private final PortalDidNotStart failure;

        private Server(PayaraProcess payara, Thread stopAtExit, URI root, PortalDidNotStart failure) {
            this.payara = payara;
            this.stopAtExit = stopAtExit;
            this.root = root;
            this.failure = failure;
        }

        URI root() {
            if (failure != null) {
                throw failure;
            }
            return root;
        }

        static Server start() {
            Path folder = Path.of(System.getProperty("roadmap.test-portal.dir", "target/test-portal")).toAbsolutePath();
            Path log = folder.resolve("server.log");
            PayaraProcess payara = null;
            Thread stopAtExit = null;
            try {
                Files.createDirectories(folder);
                Files.deleteIfExists(log);
                int port = PayaraProcess.freePort();
                payara = PayaraProcess.start(arguments(BuiltWar.writtenTo(folder.resolve("roadmap-it.war"), TEST_HELPERS), port),
                        folder, log, Map.of());
                stopAtExit = new Thread(payara.process()::destroyForcibly, "stops the shared test portal");
                Runtime.getRuntime().addShutdownHook(stopAtExit);
                URI root = URI.create("http://127.0.0.1:" + port + "/"); // glassfish-web.xml's context root
                int status = payara.awaitOk(root, PayaraProcess.START_LIMIT);
                if (status != 200) {
                    throw new PortalDidNotStart(payara.process().isAlive()
                            ? root + " did not answer 200 within " + PayaraProcess.START_LIMIT.toSeconds() + " s (last answer: "
                                    + (status == 0 ? "none" : status) + ")"
                            : "Payara Micro ended with exit code " + payara.process().exitValue(), log);
                }
                return new Server(payara, stopAtExit, root, null);
            } catch (PortalDidNotStart failed) {
                stopQuietly(payara);
                return new Server(payara, stopAtExit, null, failed);
            } catch (IOException | RuntimeException e) {
                return new Server(payara, stopAtExit, null, new PortalDidNotStart(e.toString(), log));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Server(payara, stopAtExit, null, new PortalDidNotStart("interrupted", log));
            }
        }

        private static void stopQuietly(PayaraProcess payara) {
            try {
                payara.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Payara Micro as arquillian.xml starts it: loopback, no phone-home, the test database and password. */
        private static List<String> arguments(Path war, int port) {
            return List.of("-Droadmap.db.url=" + System.getProperty("roadmap.it.db.url",
                            "jdbc:h2:file:" + Path.of("target/it-db/roadmap").toAbsolutePath()),
                    "-Droadmap.admin.password=" + PortalClient.ADMIN_PASSWORD,
                    "-jar", System.getProperty("roadmap.payara.micro.jar", "target/payara-micro.jar"),
                    "--deploy", war.toString(), "--port", String.valueOf(port),
                    "--prebootcommandfile", System.getProperty("roadmap.pre-boot-commands", "src/main/payara/pre-boot-commands.txt"),
                    "--disablephonehome");
        }

        @Override
        public void close() throws InterruptedException {
            if (payara == null) {
                return;
            }
            payara.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(stopAtExit);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway, and finds the process gone
            }
        }
    }
}
