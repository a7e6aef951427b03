package dev.roadmap.importer.application;

import dev.roadmap.domain.model.roadmap.Roadmap;
import java.util.Optional;

/**
 * Someone else changed the draft between the moment a maintainer (or a client) looked at it and their
 * change, or at the same moment; nothing was stored. When the service saw the draft as it is now, it is
 * carried along, so the page can show it beside what was typed.
 */
public class DraftChangedMeanwhile extends ApplicationFailure {

    private final transient Roadmap now;

    DraftChangedMeanwhile(String message, Roadmap now) {
        super(message, null);
        this.now = now;
    }

    /** A race lost at the database (an optimistic lock, a slug taken meanwhile): the draft was not read again. */
    DraftChangedMeanwhile(String message, Throwable lostRace) {
        super(message, lostRace);
        this.now = null;
    }

    /** The draft as it is now, when the service had it at hand. */
    public Optional<Roadmap> now() {
        return Optional.ofNullable(now);
    }
}
