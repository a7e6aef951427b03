package dev.roadmap.domain.model.roadmap;

/**
 * A roadmap's one-paragraph description (the front matter's {@code description}): stripped, possibly
 * empty, at most {@link #MAX_LENGTH} characters. A refusal names the field "description".
 */
public record Description(String text) {

    public static final int MAX_LENGTH = 2000;

    public Description {
        if (text.length() > MAX_LENGTH) {
            throw new RoadmapRuleViolation("The description is " + text.length() + " characters long; keep it under "
                    + MAX_LENGTH + ".", "description");
        }
    }

    /** The description written, {@code null} being none. */
    public static Description of(String written) {
        return new Description(written == null ? "" : written.strip());
    }
}
