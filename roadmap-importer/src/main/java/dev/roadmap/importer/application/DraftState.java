package dev.roadmap.importer.application;

import dev.roadmap.domain.model.roadmap.Roadmap;
import java.util.Optional;

/**
 * Where a roadmap's draft stands against what the public sees: never published, published as it is, or
 * changed since its last edition. The one rule for "does the public see something other than the draft".
 */
public enum DraftState {
    DRAFT_ONLY("Draft, never published"),
    PUBLISHED("Published"),
    CHANGED("Changed since the last edition");

    private final String words;

    DraftState(String words) {
        this.words = words;
    }

    /** The state of {@code draft} beside the model its last edition published, if it has one. */
    public static DraftState of(Roadmap draft, Optional<Roadmap> lastPublished) {
        return lastPublished.map(published -> draft.hasSameContentAs(published) ? PUBLISHED : CHANGED)
                .orElse(DRAFT_ONLY);
    }

    /** Whether the public sees something other than the draft, so that publishing would show them something new. */
    public boolean publicSeesSomethingElse() {
        return this != PUBLISHED;
    }

    public String words() {
        return words;
    }
}
