package dev.roadmap.importer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.importer.markdown.RoadmapReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule for when importing and publishing publishes: the public sees something other than the draft. */
class DraftStateTest {

    private static final String DOCUMENT = """
            ---
            title: Demo
            ---
            # Demo

            ## What's next

            ### Search

            Find anything.
            """;

    @Test
    void aRoadmapWithoutAnEditionIsPublished() {
        DraftState state = DraftState.of(read(DOCUMENT), Optional.empty());

        assertEquals(DraftState.DRAFT_ONLY, state);
        assertTrue(state.publicSeesSomethingElse());
    }

    @Test
    void aDraftTheLastEditionShowsAsItIsIsNotPublishedAgain() {
        DraftState state = DraftState.of(read(DOCUMENT), Optional.of(read(DOCUMENT)));

        assertEquals(DraftState.PUBLISHED, state);
        assertFalse(state.publicSeesSomethingElse());
    }

    @Test
    void aDraftThatDiffersFromTheLastEditionIsPublished() {
        DraftState state = DraftState.of(read(DOCUMENT.replace("Find anything.", "Find anything, fast.")),
                Optional.of(read(DOCUMENT)));

        assertEquals(DraftState.CHANGED, state);
        assertTrue(state.publicSeesSomethingElse());
    }

    private static Roadmap read(String markdown) {
        return new RoadmapReader().read(markdown, "demo").roadmap().orElseThrow();
    }
}
