package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.Roadmap;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What any document must give the reader and the writer, whatever it holds: a read or a refusal (a report with
 * errors and no roadmap), never an exception, within a generous time; and for a document that reads, an export
 * that is a fixed point, keeps the same items and keeps every word. {@link #problemWith} says what went wrong,
 * or nothing.
 */
final class ReadWriteOracle implements AutoCloseable {

    /** Not a timing test: a bound only something quadratic or stuck can cross, even on a busy 2-core machine. */
    private static final Duration PER_64_KIB = Duration.ofSeconds(2);
    private static final int KIB_64 = 64 * 1024;
    private static final java.util.regex.Pattern LIST_NUMBER =
            java.util.regex.Pattern.compile("(?m)^([\\s>*+-]*)\\d{1,9}[.)](?=\\s|$)");

    private final RoadmapReader reader;
    private final RoadmapWriter writer = new RoadmapWriter();
    private ExecutorService worker = newWorker();

    ReadWriteOracle(RoadmapReader reader) {
        this.reader = reader;
    }

    static Duration boundFor(String markdown) {
        return PER_64_KIB.multipliedBy(Math.max(1, (markdown.length() + KIB_64 - 1) / KIB_64));
    }

    /**
     * Round-trip differences (other items, a lost word) fail only with {@code -Dfuzz.roundTrip=strict}: some shapes
     * the fuzzer makes read back otherwise once the export has normalised them (a "1." list written as "-"). They
     * are counted and shown ({@link #roundTripDifferences()}), and {@code ReaderFuzzTest} holds their number to a
     * ceiling; real documents are held to the round trip by {@code CorpusRoundTripTest}. Exceptions, time-outs,
     * refused exports and exports that are no fixed point always fail.
     */
    private static final boolean ROUND_TRIP_STRICT = "strict".equals(System.getProperty("fuzz.roundTrip"));
    static final String ROUND_TRIP = "round trip: ";
    /** The export, read and written again, is another text: write(read(x)) is no fixed point, which always fails. */
    static final String NO_FIXED_POINT = "the export is no fixed point";
    private final List<String> roundTripDifferences = new java.util.ArrayList<>();
    private long slowestNanos;
    private int slowestLength;

    /** What is wrong with how the document is read and written back; empty when nothing is. */
    Optional<String> problemWith(String markdown) {
        Optional<String> problem = hardOrSoftProblemWith(markdown);
        if (!ROUND_TRIP_STRICT && problem.isPresent() && problem.get().startsWith(ROUND_TRIP)) {
            roundTripDifferences.add(problem.get().lines().findFirst().orElse(""));
            return Optional.empty();
        }
        return problem;
    }

    /** The round-trip differences seen and let pass so far, a line each. */
    List<String> roundTripDifferences() {
        return List.copyOf(roundTripDifferences);
    }

    /** The slowest case so far: how long its read, export and read again took, and its length. */
    String slowest() {
        return String.format("%d ms for %,d characters", slowestNanos / 1_000_000, slowestLength);
    }

    /** Starts the slowest case afresh, after reads that only warmed the JVM up. */
    void forgetTheSlowest() {
        slowestNanos = 0;
        slowestLength = 0;
    }

    private Optional<String> hardOrSoftProblemWith(String markdown) {
        long started = System.nanoTime();
        Future<Optional<String>> run = worker.submit(() -> check(markdown));
        Duration bound = boundFor(markdown);
        try {
            Optional<String> problem = run.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            long took = System.nanoTime() - started;
            if (took > slowestNanos) {
                slowestNanos = took;
                slowestLength = markdown.length();
            }
            return problem;
        } catch (TimeoutException late) {
            // The stuck thread cannot be stopped; a fresh one serves the cases after it.
            run.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return Optional.of("took longer than " + bound + " for " + markdown.length() + " characters");
        } catch (ExecutionException e) {
            return Optional.of("threw " + describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private Optional<String> check(String markdown) {
        ReadResult first = reader.read(markdown);
        if (first.report().hasErrors()) {
            return first.roadmap().isPresent() ? Optional.of("refused with errors, yet gave a roadmap")
                    : Optional.empty();
        }
        if (first.roadmap().isEmpty()) {
            return Optional.of("no errors, yet no roadmap");
        }
        Roadmap roadmap = first.roadmap().get();
        String once = writer.write(roadmap);
        ReadResult again = reader.read(once);
        if (again.roadmap().isEmpty()) {
            return Optional.of("the export is refused: " + again.report().errors() + "\n--- export:\n" + once);
        }
        String twice = writer.write(again.roadmap().get());
        if (!twice.equals(once)) {
            return Optional.of(NO_FIXED_POINT + "\n--- once:\n" + once + "\n--- twice:\n" + twice);
        }
        List<String> items = items(roadmap);
        List<String> itemsAgain = items(again.roadmap().get());
        if (!items.equals(itemsAgain)) {
            return Optional.of(ROUND_TRIP + "reading the export changes the items: " + items + " became " + itemsAgain);
        }
        Set<String> lost = new LinkedHashSet<>(Corpus.words(withoutListNumbers(outsideFrontMatter(markdown))));
        lost.removeAll(Corpus.words(once));
        if (!lost.isEmpty()) {
            return Optional.of(ROUND_TRIP + "the export loses words " + lost + "\n--- export:\n" + once);
        }
        return Optional.empty();
    }

    /** Title, status and area of each item, horizon by horizon. */
    static List<String> items(Roadmap roadmap) {
        return roadmap.horizons().stream().flatMap(h -> roadmap.itemsIn(h.key()).stream())
                .map(i -> i.title() + " | " + i.status() + " | " + i.area().orElse("-")).toList();
    }

    /**
     * The text without the numbers of ordered lists: the export writes every list of items as bullets, so "1." is
     * markup it does not keep (a documented normalisation, like "*" bullets becoming "-").
     */
    static String withoutListNumbers(String markdown) {
        return LIST_NUMBER.matcher(markdown).replaceAll("$1");
    }

    /**
     * The document after its front matter: the front matter's values are parsed (YAML quoting, escapes) and
     * its keys rewritten, so its words are checked by the front matter tests, not here.
     */
    static String outsideFrontMatter(String markdown) {
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        FrontMatter frontMatter = FrontMatter.read(text, new ImportReport());
        return frontMatter.withoutItself(text);
    }

    private static String describe(Throwable thrown) {
        StackTraceElement[] trace = thrown.getStackTrace();
        StringBuilder where = new StringBuilder(thrown.toString());
        for (int i = 0; i < Math.min(8, trace.length); i++) {
            where.append("\n    at ").append(trace[i]);
        }
        return where.toString();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            // The default stack size, as a server's request thread has: deep recursion fails here as it would there.
            Thread thread = new Thread(task, "fuzz-case");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
