package dev.roadmap.web.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start {@code bin/roadmap-portal} makes its class archive from ({@code -XX:ArchiveClassesAtExit}): once the
 * portal has started on its in-memory database, it asks for the public pages a visitor asks for first (the home
 * page, a roadmap, its board, an item, its editions, the feed, a search, the API, the sign-in page), so the classes
 * that rendering them loads (Faces, Facelets, EL, the site's components) are archived too and a first render after
 * a real start need not load them from the jar's nested jars. Then it ends the JVM, which writes the archive.
 */
final class ClassArchiveWarmUp {

    /** Set by the script for that start only. */
    static final String PROPERTY = "roadmap.class-archive.warm-up";

    private static final Pattern FIRST_ROADMAP = Pattern.compile("href=\"(/roadmaps/[^\"/#?.]+)\"");
    private static final Pattern FIRST_ITEM = Pattern.compile("href=\"(/roadmaps/[^\"/#?]+/items/[^\"#?]+)\"");

    /** HTTP/1.1: Payara's answers to an upgrade to cleartext HTTP/2, Java's default, are now and then lost. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI root;

    ClassArchiveWarmUp(int port) {
        this.root = URI.create("http://127.0.0.1:" + port);
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** The port Payara Micro listens on: {@code --port N}, or its default. */
    static int portIn(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--port")) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return 8080;
    }

    /** Asks for the pages, each once; an answer that is not there (a roadmap without items) is skipped. */
    void askForTheFirstPages() throws IOException, InterruptedException {
        String home = get("/");
        List<String> paths = new ArrayList<>(List.of("/login.xhtml", "/search?q=plugin", "/api/roadmaps"));
        Optional<String> roadmap = first(FIRST_ROADMAP, home);
        if (roadmap.isPresent()) {
            String page = get(roadmap.get());
            first(FIRST_ITEM, page).ifPresent(paths::add);
            paths.addAll(List.of(roadmap.get() + "/board", roadmap.get() + "/editions", roadmap.get() + ".md",
                    roadmap.get() + ".atom", "/api" + roadmap.get()));
        }
        for (String path : paths) {
            get(path);
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Optional<String> first(Pattern link, String page) {
        Matcher found = link.matcher(page);
        return found.find() ? Optional.of(found.group(1)) : Optional.empty();
    }
}
