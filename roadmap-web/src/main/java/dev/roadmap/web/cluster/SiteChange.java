package dev.roadmap.web.cluster;

import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.application.EditionPublished;
import dev.roadmap.importer.application.RoadmapRemoved;
import java.time.Instant;
import java.util.Optional;

/**
 * A publication or a removal, as one line of text that goes to the other nodes: a clustered event's payload is a
 * {@code String} because Payara's data grid has failed to load an application's own classes for one
 * (payara/Payara#3198, #5262). {@code published backstage 7 1764660000000} or {@code removed backstage}.
 */
record SiteChange(String slug, int edition, long publishedAt) {

    private static final int REMOVED = 0;

    static SiteChange of(EditionPublished event) {
        return new SiteChange(event.slug().value(), event.number(), event.publishedAt().toEpochMilli());
    }

    static SiteChange of(RoadmapRemoved event) {
        return new SiteChange(event.slug().value(), REMOVED, 0);
    }

    boolean removal() {
        return edition == REMOVED;
    }

    EditionPublished publication() {
        return new EditionPublished(Slug.of(slug), edition, Instant.ofEpochMilli(publishedAt));
    }

    RoadmapRemoved removed() {
        return new RoadmapRemoved(Slug.of(slug));
    }

    String text() {
        return removal() ? "removed " + slug : "published " + slug + " " + edition + " " + publishedAt;
    }

    /** The change a line names; empty for a line this version does not know (from a newer node, say). */
    static Optional<SiteChange> read(String text) {
        String[] words = text == null ? new String[0] : text.split(" ");
        try {
            if (words.length == 2 && words[0].equals("removed")) {
                return Optional.of(new SiteChange(Slug.of(words[1]).value(), REMOVED, 0));
            }
            if (words.length == 4 && words[0].equals("published")) {
                int edition = Integer.parseInt(words[2]);
                return edition > 0 ? Optional.of(new SiteChange(Slug.of(words[1]).value(), edition, Long.parseLong(words[3])))
                        : Optional.empty();
            }
        } catch (IllegalArgumentException unreadable) {
            // a slug or a number that does not read: not a change to act on
        }
        return Optional.empty();
    }
}
