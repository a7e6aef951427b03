package dev.roadmap.domain.model.roadmap;

import java.util.Optional;

/**
 * The part of the product an item belongs to ("SIG Node", "Server"): stripped, at most {@link #MAX_LENGTH}
 * characters. A blank name is no area at all. A refusal names the field "area".
 */
public record Area(String name) {

    public static final int MAX_LENGTH = 120;

    public Area {
        if (name.length() > MAX_LENGTH) {
            throw new RoadmapRuleViolation("An area's name is at most " + MAX_LENGTH + " characters.", "area");
        }
    }

    /** The area a name gives, or none for {@code null} or a blank name. */
    public static Optional<Area> named(String name) {
        String clean = name == null ? "" : name.strip();
        return clean.isEmpty() ? Optional.empty() : Optional.of(new Area(clean));
    }
}
