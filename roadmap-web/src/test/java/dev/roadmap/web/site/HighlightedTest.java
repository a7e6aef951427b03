package dev.roadmap.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.web.site.Highlighted.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightedTest {

    @Test
    void everyOccurrenceOfEveryTermIsMarkedWhateverItsCase() {
        assertThat(Highlighted.of("Backstage Search 1.0: search everything", List.of("search")).segments()).containsExactly(
                new Segment("Backstage ", false), new Segment("Search", true), new Segment(" 1.0: ", false),
                new Segment("search", true), new Segment(" everything", false));
    }

    @Test
    void theLongestTermStartingAtAPlaceWins() {
        assertThat(Highlighted.of("telemetry", List.of("tele", "telemetry")).segments())
                .containsExactly(new Segment("telemetry", true));
    }

    @Test
    void textWithoutAMatchIsOneUnmarkedSegment() {
        Highlighted none = Highlighted.of("GraphQL support", List.of("search"));

        assertThat(none.segments()).containsExactly(new Segment("GraphQL support", false));
        assertThat(none.hasMatch()).isFalse();
    }

    @Test
    void aSnippetOfLongTextIsCutAtWordsAroundTheFirstMatch() {
        String text = "word ".repeat(100) + "the search index " + "word ".repeat(100);

        Highlighted snippet = Highlighted.snippet(text.strip(), List.of("search"), 80);
        String shown = snippet.segments().stream().map(Segment::text).reduce("", String::concat);

        assertThat(shown).startsWith("…word").endsWith("word …").contains("the search index").hasSizeLessThan(90);
        assertThat(snippet.hasMatch()).isTrue();
    }

    @Test
    void aSnippetOfTextWithoutSpacesStillHoldsTheMatch() {
        Highlighted snippet = Highlighted.snippet("x".repeat(300) + "search" + "y".repeat(100), List.of("search"), 220);

        assertThat(snippet.hasMatch()).isTrue();
    }

    @Test
    void aMatchNearTheEndGetsAFullSnippet() {
        String text = "word ".repeat(100) + "search";

        String shown = Highlighted.snippet(text, List.of("search"), 80).segments().stream().map(Segment::text)
                .reduce("", String::concat);

        assertThat(shown).endsWith("search").hasSizeGreaterThan(70);
    }
}
