package dev.roadmap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.importer.RoadmapChanges.Kind;
import dev.roadmap.importer.markdown.RoadmapReader;
import org.junit.jupiter.api.Test;

class RoadmapChangesTest {

    private static final String BEFORE = """
            # R

            ## What's next

            ### Search

            Index everything.

            ### Onboarding

            Faster setup.

            ## Future work

            - **Telemetry:** Metrics.
            - **GraphQL:** Queries.
            """;

    private static Roadmap read(String markdown) {
        return new RoadmapReader().read(markdown, "r").roadmap().orElseThrow();
    }

    private static RoadmapChanges changesTo(String after) {
        return RoadmapChanges.between(read(BEFORE), read(after));
    }

    @Test
    void theSameDocumentHasNoChanges() {
        assertThat(changesTo(BEFORE).isEmpty()).isTrue();
    }

    @Test
    void aNewItemIsAddedAndAMissingOneRemoved() {
        RoadmapChanges changes = changesTo(BEFORE.replace("- **GraphQL:** Queries.", "- **Audit:** Security."));
        assertThat(changes.of(Kind.ADDED)).singleElement().satisfies(c -> assertThat(c.title()).isEqualTo("Audit"));
        assertThat(changes.of(Kind.REMOVED)).singleElement().satisfies(c -> assertThat(c.title()).isEqualTo("GraphQL"));
    }

    @Test
    void anItemThatChangedHorizonHasMoved() {
        String after = BEFORE.replace("### Onboarding\n\nFaster setup.\n\n", "")
                .replace("- **GraphQL:** Queries.", "- **GraphQL:** Queries.\n- **Onboarding:** Faster setup.");
        assertThat(changes(after, Kind.MOVED)).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("What's next");
            assertThat(c.after()).isEqualTo("Future work");
        });
    }

    @Test
    void aChangedStatusIsReported() {
        String after = BEFORE.replace("Index everything.", "**Status:** In progress\n\nIndex everything.");
        assertThat(changes(after, Kind.STATUS_CHANGED)).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("planned");
            assertThat(c.after()).isEqualTo("in progress");
        });
    }

    @Test
    void changedTextComesWithALineDiff() {
        assertThat(changes(BEFORE.replace("Index everything.", "Index every plugin."), Kind.TEXT_CHANGED))
                .singleElement().satisfies(c -> assertThat(c.textDiff()).contains("-Index everything.", "+Index every plugin."));
    }

    @Test
    void aRenamedItemThatKeepsItsAnchorIsTheSameItem() {
        Roadmap before = read(BEFORE);
        Roadmap after = read(BEFORE);
        after.renameItem(dev.roadmap.domain.model.roadmap.Anchor.of("search"), "Search 1.0");
        RoadmapChanges changes = RoadmapChanges.between(before, after);
        assertThat(changes.of(Kind.RENAMED)).singleElement().satisfies(c -> assertThat(c.after()).isEqualTo("Search 1.0"));
        assertThat(changes.of(Kind.ADDED)).isEmpty();
    }

    private static java.util.List<RoadmapChanges.ItemChange> changes(String after, Kind kind) {
        return changesTo(after).of(kind);
    }
}
