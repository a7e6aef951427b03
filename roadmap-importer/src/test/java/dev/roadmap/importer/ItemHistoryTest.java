package dev.roadmap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.importer.ItemHistory.Published;
import dev.roadmap.importer.ItemHistory.Step;
import dev.roadmap.importer.RoadmapChanges.ItemChange;
import dev.roadmap.importer.RoadmapChanges.Kind;
import dev.roadmap.importer.markdown.RoadmapReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemHistoryTest {

    private static final String FIRST = """
            # R

            ## What's next

            ### Search

            Index everything.

            ## Future work

            - **Telemetry:** Metrics.
            """;

    private static List<Published> editions(String... markdown) {
        List<Published> editions = new ArrayList<>();
        for (String document : markdown) {
            editions.add(new Published(editions.size() + 1, new RoadmapReader().read(document, "r").roadmap().orElseThrow()));
        }
        return editions;
    }

    private static List<Kind> kinds(Step step) {
        return step.changes().stream().map(ItemChange::kind).toList();
    }

    @Test
    void anItemIsFirstPublishedByTheEditionThatAddsIt() {
        ItemHistory history = ItemHistory.of(Anchor.of("telemetry"),
                editions(FIRST.replace("- **Telemetry:** Metrics.", ""), FIRST)).orElseThrow();

        assertThat(history.steps()).singleElement().satisfies(step -> {
            assertThat(step.edition()).isEqualTo(2);
            assertThat(kinds(step)).containsExactly(Kind.ADDED);
            assertThat(step.changes().get(0).after()).isEqualTo("Future work");
        });
        assertThat(history.current()).isTrue();
        assertThat(history.lastSeen().edition()).isEqualTo(2);
    }

    @Test
    void anEditionThatChangesNothingAboutTheItemIsNotAStep() {
        ItemHistory history = ItemHistory.of(Anchor.of("search"),
                editions(FIRST, FIRST.replace("Metrics.", "Metrics and traces."))).orElseThrow();

        assertThat(history.steps()).extracting(Step::edition).containsExactly(1);
    }

    @Test
    void movesAndRewritesAreStepsOfTheEditionsThatMadeThem() {
        String moved = FIRST.replace("### Search\n\nIndex everything.\n\n", "")
                .replace("- **Telemetry:** Metrics.", "### Telemetry\n\nMetrics.\n\n### Search\n\nIndex everything.\n");
        String rewritten = moved.replace("Index everything.", "Index everything, fast.");

        ItemHistory history = ItemHistory.of(Anchor.of("search"), editions(FIRST, moved, rewritten)).orElseThrow();

        assertThat(history.steps()).extracting(ItemHistoryTest::kinds)
                .containsExactly(List.of(Kind.ADDED), List.of(Kind.MOVED), List.of(Kind.TEXT_CHANGED));
        assertThat(history.steps().get(1).changes().get(0).before()).isEqualTo("What's next");
    }

    @Test
    void anItemRemovedByALaterEditionIsStillFoundAndSaysSo() {
        ItemHistory history = ItemHistory.of(Anchor.of("telemetry"),
                editions(FIRST, FIRST.replace("- **Telemetry:** Metrics.", ""))).orElseThrow();

        assertThat(history.current()).isFalse();
        assertThat(history.lastSeen().edition()).isEqualTo(1);
        assertThat(history.steps()).extracting(ItemHistoryTest::kinds)
                .containsExactly(List.of(Kind.ADDED), List.of(Kind.REMOVED));
    }

    @Test
    void anItemWhoseAnchorChangedIsFollowedThroughTheAliasItKept() {
        String table = "| [What's next](#whats-next) |\n| --- |\n| [Search](#search) |\n\n";
        String renamed = FIRST.replace("## What's next", table + "## What's next").replace("### Search\n", "### Search 2.0\n");
        String relinked = FIRST.replace("### Search\n", "### Search 2.0\n");
        List<Published> editions = editions(FIRST, renamed, relinked);
        assertThat(editions.get(1).roadmap().findItem(Anchor.of("search-20"))).as("the table's old link keeps an alias")
                .hasValueSatisfying(item -> assertThat(item.anchor()).isEqualTo(Anchor.of("search")));

        ItemHistory history = ItemHistory.of(Anchor.of("search-20"), editions).orElseThrow();

        assertThat(history.steps()).extracting(ItemHistoryTest::kinds)
                .containsExactly(List.of(Kind.ADDED), List.of(Kind.RENAMED));
    }

    @Test
    void theOldAnchorOfAnItemFindsItAsItIsNow() {
        String table = "| [What's next](#whats-next) |\n| --- |\n| [Search](#search) |\n\n";
        String renamed = FIRST.replace("## What's next", table + "## What's next").replace("### Search\n", "### Search 2.0\n");
        String relinked = FIRST.replace("### Search\n", "### Search 2.0\n");

        ItemHistory history = ItemHistory.of(Anchor.of("search"), editions(FIRST, renamed, relinked)).orElseThrow();

        assertThat(history.current()).isTrue();
        assertThat(history.item().anchor()).isEqualTo(Anchor.of("search-20"));
    }

    @Test
    void anAnchorNoEditionHasHasNoHistory() {
        assertThat(ItemHistory.of(Anchor.of("nowhere"), editions(FIRST))).isEmpty();
    }
}
