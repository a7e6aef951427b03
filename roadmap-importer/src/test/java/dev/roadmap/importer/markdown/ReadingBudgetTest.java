package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.importer.bench.GeneratedRoadmaps;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document over the reader's budget is refused with one error that says what is over, never an exception. */
class ReadingBudgetTest {

    private static final String HEAD = "# Roadmap\n\n## What's next\n\n";
    private final RoadmapReader reader = new RoadmapReader();

    private List<String> errorsOf(RoadmapReader reader, String markdown) {
        ReadResult result = reader.read(markdown);
        assertThat(result.roadmap()).isEmpty();
        return result.report().errors().stream().map(ImportReport.Entry::message).toList();
    }

    @Test
    void aBudgetWidenedToAnotherLetsThroughWhatEitherDoes() {
        ReadingBudget shallow = new ReadingBudget(10, 10, 2, 10, 10);
        ReadingBudget wide = new ReadingBudget(5, 20, 1, 30, 5);

        assertThat(shallow.widenedTo(wide)).isEqualTo(new ReadingBudget(10, 20, 2, 30, 10));
    }

    @Test
    void aDocumentOverAMebibyteIsRefused() {
        String markdown = HEAD + "- item\n".repeat(160_000);
        assertThat(errorsOf(reader, markdown)).containsExactly(
                "the document is 1,120,027 characters long; at most 1,048,576 are read");
    }

    @Test
    void listsNestedAThousandDeepAreRefused() {
        StringBuilder markdown = new StringBuilder(HEAD);
        for (int depth = 0; depth < 1000; depth++) {
            markdown.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        assertThat(errorsOf(reader, markdown.toString())).containsExactly(
                "the document nests lists and block quotes more than 100 deep; at most 100 levels are read");
    }

    @Test
    void blockQuotesNestedAThousandDeepAreRefused() {
        assertThat(errorsOf(reader, HEAD + "> ".repeat(1000) + "quoted\n")).containsExactly(
                "the document nests lists and block quotes more than 100 deep; at most 100 levels are read");
    }

    @Test
    void aMebibyteOfEmphasisMarksIsRefusedBeforeItIsParsed() {
        assertThat(errorsOf(reader, HEAD + "- " + "*_".repeat(500_000))).containsExactly(
                "the document holds 1,000,000 emphasis, link and code marks (* _ [ ] ! < ` ~); at most 150,000 are read");
    }

    @Test
    void aTableOfFortyThousandRowsIsRefused() {
        String markdown = HEAD + "| Name | Status |\n| --- | --- |\n" + "| feature | done |\n".repeat(40_000);
        assertThat(errorsOf(reader, markdown)).containsExactly(
                "the document holds 40,003 list entries, headings and table rows; at most 30,000 are read");
    }

    @Test
    void aWideTableOfMoreCellsThanTheBudgetIsRefused() {
        String markdown = HEAD + "| Name | Status |" + " Notes |".repeat(48) + "\n|" + " --- |".repeat(50) + "\n"
                + ("| f | done |" + " x |".repeat(48) + "\n").repeat(1000);
        assertThat(errorsOf(reader, markdown)).containsExactly(
                "the document's tables hold 50,050 cells; at most 30,000 are read");
    }

    @Test
    void theMebibyteBuiltToBeHardIsWithinTheDefaultBudget() {
        ReadResult result = reader.read(GeneratedRoadmaps.pathological());
        assertThat(result.report().errors()).isEmpty();
    }

    @Test
    void aSmallerBudgetRefusesWhatTheDefaultReads() {
        RoadmapReader strict = new RoadmapReader(new ReadingBudget(1 << 20, 150_000, 1, 30_000, 30_000));
        String markdown = HEAD + "- a feature\n  - a detail of it\n";
        assertThat(reader.read(markdown).roadmap()).isPresent();
        assertThat(errorsOf(strict, markdown)).containsExactly(
                "the document nests lists and block quotes more than 1 deep; at most 1 levels are read");
    }

    @Test
    void aBudgetOfNothingIsNoBudget() {
        assertThatThrownBy(() -> new ReadingBudget(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
