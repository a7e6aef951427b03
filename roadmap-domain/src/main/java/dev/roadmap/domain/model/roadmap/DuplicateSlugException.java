package dev.roadmap.domain.model.roadmap;

import dev.roadmap.domain.model.shared.Slug;

/** Another roadmap already answers to the slug. */
public class DuplicateSlugException extends RoadmapRuleViolation {

    public DuplicateSlugException(Slug slug) {
        super("A roadmap with the slug '" + slug + "' already exists; choose another slug or update that roadmap.");
    }
}
