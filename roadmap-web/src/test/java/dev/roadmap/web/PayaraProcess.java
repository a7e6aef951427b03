package dev.roadmap.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** A Payara Micro the tests start themselves ({@code java -jar …}), its output in a log file. */
final class PayaraProcess {

    /** How long a start may take: 10 to 15 s on a quiet machine, minutes on a busy shared one. */
    static final Duration START_LIMIT = Duration.ofSeconds(480);

    private final Process process;
    private final Path log;

    private PayaraProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java} with these arguments in the working directory, with these variables added to the environment. */
    static PayaraProcess start(List<String> arguments, Path workingDirectory, Path log, Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        return run(command, workingDirectory, log, environment);
    }

    /**
     * Runs a command that starts a server (a launcher script that ends in {@code exec java}), with this JVM's Java as
     * {@code JAVA_HOME} and these variables added to the environment.
     */
    static PayaraProcess run(List<String> command, Path workingDirectory, Path log, Map<String, String> environment)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        return new PayaraProcess(builder.start(), log);
    }

    /**
     * A port nothing listens on: any the system gives, or, on a machine shared with others, the first free one of
     * the range {@code -Droadmap.it.ports=18250-18299} names.
     */
    static int freePort() throws IOException {
        String range = System.getProperty("roadmap.it.ports", "");
        if (range.isBlank()) {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
        String[] bounds = range.split("-");
        for (int port = Integer.parseInt(bounds[0].strip()); port <= Integer.parseInt(bounds[1].strip()); port++) {
            if (isFree(port) && GIVEN.add(port)) {
                return port;
            }
        }
        throw new IOException("No free port in " + range);
    }

    /** The ports handed out from the range: a server may not listen on its port yet when the next is asked for. */
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    Process process() {
        return process;
    }

    Path log() {
        return log;
    }

    /**
     * Waits while the server runs until the address answers 200, at most {@code limit}; the last status it
     * answered (200 when it is up, 0 when it never answered).
     */
    int awaitOk(URI address, Duration limit) throws InterruptedException {
        HttpClient http = PortalClient.httpClient().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                status = http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(20)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return status;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        return status;
    }

    /** Asks the server to stop, as Ctrl-C does, and makes sure it has after 30 seconds. */
    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
