package dev.roadmap.importer.bench;

import dev.roadmap.importer.markdown.ReadingBudget;
import dev.roadmap.importer.markdown.RoadmapReader;
import dev.roadmap.importer.markdown.RoadmapWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The reader against commonmark's bare parse of the same document (the floor), and the reader on
 * generated roadmaps of growing size. A plain harness: warm-up, then the median of timed rounds. Run by
 * bench/importer.sh; not a test.
 */
public final class ReaderBenchmark {

    private static final int ROUNDS = 15;

    public static void main(String[] args) throws IOException {
        String seed;
        try (InputStream in = ReaderBenchmark.class.getResourceAsStream("/corpus/backstage_2022-q2.md")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RoadmapReader reader = new RoadmapReader();
        Parser bare = Parser.builder().build();
        Parser withExtensions = RoadmapReader.parserBuilder().build();
        if (args.length > 0) {
            measureAlone(args, seed, reader, bare, withExtensions);
            return;
        }

        double floor = microsPerCall(() -> bare.parse(seed), 2000);
        double extended = microsPerCall(() -> withExtensions.parse(seed), 2000);
        double read = microsPerCall(() -> reader.read(seed, "backstage"), 2000);
        System.out.printf("seed (%d bytes): commonmark bare parse %.1f µs | with the reader's extensions and source spans %.1f µs"
                + " | RoadmapReader.read %.1f µs | reader / bare parse = %.2f×%n",
                seed.getBytes(StandardCharsets.UTF_8).length, floor, extended, read, read / floor);

        String hard = GeneratedRoadmaps.pathological();
        double hardFloor = microsPerCall(() -> withExtensions.parse(hard), 3);
        double hardRead = microsPerCall(() -> reader.read(hard, "pathological"), 3);
        System.out.printf("pathological (%,d bytes): commonmark with the reader's options %,.0f ms | RoadmapReader.read"
                + " %,.0f ms | %.2f×%n", hard.length(), hardFloor / 1000, hardRead / 1000, hardRead / hardFloor);

        RoadmapWriter writer = new RoadmapWriter();
        // 10,000 items are 1.2 MB, over the default budget's mebibyte: this measures cost, not the refusal.
        RoadmapReader unbounded = new RoadmapReader(ReadingBudget.DEFAULT.widenedTo(
                new ReadingBudget(4 << 20, 1_000_000, 100, 1_000_000, 1_000_000)));
        for (int items : new int[] {10, 100, 1_000, 10_000}) {
            String document = GeneratedRoadmaps.withItems(items);
            int repeat = Math.max(3, 20_000 / items);
            double readMicros = microsPerCall(() -> unbounded.read(document, "generated"), repeat);
            var roadmap = unbounded.read(document, "generated").roadmap().orElseThrow();
            double writeMicros = microsPerCall(() -> writer.write(roadmap), repeat);
            System.out.printf("%,6d items (%,9d bytes): read %,10.0f µs (%.1f µs/item) | write %,9.0f µs%n", items,
                    document.length(), readMicros, readMicros / items, writeMicros);
        }
    }

    /**
     * One measurement alone in its JVM, since the JIT's choices move the bare parse by half between JVMs (run it in
     * several): {@code seed}, the bare parse then the reader; {@code parser NAME}, one parser on the seed, NAME
     * {@code bare}, {@code tables}, {@code spans} (tables and source spans of blocks and inlines) or {@code reader}
     * (the same as spans since autolinks left the reader's parser: kept so older figures can be compared).
     */
    private static void measureAlone(String[] args, String seed, RoadmapReader reader, Parser bare, Parser readers) {
        if (args[0].equals("seed")) {
            double floor = microsPerCall(() -> bare.parse(seed), 2000);
            double read = microsPerCall(() -> reader.read(seed, "backstage"), 2000);
            System.out.printf("seed: bare parse %.1f µs, RoadmapReader.read %.1f µs, %.2f×%n", floor, read, read / floor);
            return;
        }
        Parser parser = switch (args[1]) {
            case "bare" -> bare;
            case "tables" -> Parser.builder().extensions(List.of(TablesExtension.create())).build();
            case "spans" -> Parser.builder().extensions(List.of(TablesExtension.create()))
                    .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
            case "reader" -> readers;
            default -> throw new IllegalArgumentException("no parser " + args[1]);
        };
        System.out.printf("seed: parser %s %.1f µs%n", args[1], microsPerCall(() -> parser.parse(seed), 2000));
    }

    /** Median over rounds of the mean time of {@code calls} calls, after a warm-up round. */
    private static double microsPerCall(Supplier<?> work, int calls) {
        long[] rounds = new long[ROUNDS];
        for (int round = -3; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                blackhole(work.get());
            }
            if (round >= 0) {
                rounds[round] = System.nanoTime() - start;
            }
        }
        Arrays.sort(rounds);
        return rounds[ROUNDS / 2] / 1_000.0 / calls;
    }

    private static volatile int sink;

    private static void blackhole(Object value) {
        sink ^= System.identityHashCode(value);
    }
}
