package dev.roadmap.domain.model;

/**
 * A requested change would break a rule of the roadmap model. The message is written for a maintainer:
 * it names the thing and says what to do instead.
 */
public class RoadmapRuleViolation extends RuntimeException {

    public RoadmapRuleViolation(String message) {
        super(message);
    }
}
