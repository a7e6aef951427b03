package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The reader stays linear: a mebibyte built to be hard (deep nesting, a long table, emphasis runs) reads in time. */
class PathologicalInputTest {

    private static final Duration GENEROUS = Duration.ofSeconds(1);
    private final RoadmapReader reader = new RoadmapReader();

    private static String document() {
        StringBuilder text = new StringBuilder("# Roadmap\n\n## What's next\n\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("  ".repeat(i % 40)).append("- item ").append(i).append('\n');
        }
        text.append("\n## Future work\n\n| Name | Status |\n| --- | --- |\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("| row ").append(i).append(" | planned |\n");
        }
        text.append("\n## Backlog\n\n- ");
        text.append("*a **b ".repeat(100_000 / 3));
        text.append('\n');
        while (text.length() < 1 << 20) {
            text.append("- filler line of prose\n");
        }
        return text.toString();
    }

    /**
     * Under a second where commonmark itself parses the document in a tenth of one; on a machine too busy for
     * that (shared build machines), within ten times commonmark's own parse, which still fails anything
     * quadratic.
     */
    @Test
    void aMebibyteOfNestedListsALongTableAndEmphasisReadsInUnderASecond() {
        String markdown = document();
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
