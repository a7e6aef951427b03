package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.importer.bench.GeneratedRoadmaps;
import java.time.Duration;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The reader stays linear: a mebibyte built to be hard (deep nesting, a long table, emphasis runs) reads in time. */
class PathologicalInputTest {

    private static final Duration GENEROUS = Duration.ofSeconds(1);
    private final RoadmapReader reader = new RoadmapReader();

    /**
     * Under a second where commonmark itself parses the document in a tenth of one; on a machine too busy for
     * that (shared build machines), within ten times commonmark's own parse, which still fails anything
     * quadratic.
     */
    @Test
    void aMebibyteOfNestedListsALongTableAndEmphasisReadsInUnderASecond() {
        String markdown = GeneratedRoadmaps.pathological();
        reader.read(markdown);
        long start = System.nanoTime();
        ReadResult result = reader.read(markdown);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        Parser.builder().build().parse(markdown);
        Duration bare = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.roadmap()).isPresent();
        Duration bound = bare.compareTo(GENEROUS.dividedBy(10)) <= 0 ? GENEROUS : bare.multipliedBy(10);
        assertThat(took).as("reading %d characters (commonmark alone: %s)", markdown.length(), bare).isLessThan(bound);
    }
}
