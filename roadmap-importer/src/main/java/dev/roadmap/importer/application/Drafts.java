package dev.roadmap.importer.application;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.model.shared.Slug;
import java.util.Optional;

/** How the use cases find the draft a maintainer names, and check it is still the one they saw. */
final class Drafts {

    /** What the publish page's changes (publish, revert) say when they lost a race at the database. */
    static final String RACE_LOST = "Someone changed the draft at the same moment; nothing happened. Look at it again.";

    private Drafts() {
    }

    /** The draft of the roadmap {@code slug}; a text that is no slug names no roadmap either. */
    static Roadmap require(RoadmapRepository roadmaps, String slug) {
        return find(roadmaps, slug).orElseThrow(() -> new RoadmapNotFound("There is no roadmap '" + slug + "'."));
    }

    static Optional<Roadmap> find(RoadmapRepository roadmaps, String slug) {
        try {
            return roadmaps.findBySlug(Slug.of(slug));
        } catch (RoadmapRuleViolation notASlug) {
            return Optional.empty();
        }
    }

    /** The draft, if it is still the version the maintainer saw; else the refusal, with what to do next. */
    static Roadmap asSeen(RoadmapRepository roadmaps, String slug, long seenVersion, String lookAgain) {
        Roadmap draft = require(roadmaps, slug);
        if (draft.version() != seenVersion) {
            throw new DraftChangedMeanwhile("Someone changed the draft since you opened this page. " + lookAgain,
                    draft);
        }
        return draft;
    }
}
