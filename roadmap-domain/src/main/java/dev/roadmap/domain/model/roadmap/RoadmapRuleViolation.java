package dev.roadmap.domain.model.roadmap;

import java.util.Optional;

/**
 * A requested change would break a rule of the roadmap model. The message is written for a maintainer:
 * it names the thing and says what to do instead.
 */
public class RoadmapRuleViolation extends RuntimeException {

    private final String field;

    public RoadmapRuleViolation(String message) {
        this(message, null);
    }

    /** A violation about one field of what was asked ("title", "description", "tags"), so a form can show it there. */
    public RoadmapRuleViolation(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The field the rule is about, when it is about one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
