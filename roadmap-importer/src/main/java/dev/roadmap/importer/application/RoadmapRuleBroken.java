package dev.roadmap.importer.application;

import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import java.util.Optional;

/**
 * The change asked for would break a rule of the roadmap (a blank title, a taken anchor, a label too long);
 * the domain's {@link RoadmapRuleViolation}, as a use case reports it. The message says what to do instead.
 */
public class RoadmapRuleBroken extends ApplicationFailure {

    private final String field;

    RoadmapRuleBroken(RoadmapRuleViolation violation) {
        super(violation.getMessage(), violation);
        this.field = violation.field().orElse(null);
    }

    RoadmapRuleBroken(String message) {
        super(message, null);
        this.field = null;
    }

    /** The field of the form the rule is about ("title", "tags"), when it is about one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
