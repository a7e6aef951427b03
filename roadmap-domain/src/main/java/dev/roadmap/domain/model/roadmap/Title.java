package dev.roadmap.domain.model.roadmap;

/**
 * The title of a roadmap, a horizon, an item or a section, as written (Markdown inline text): never blank,
 * stripped, at most {@link #MAX_LENGTH} characters. A refusal names the field "title", so a form shows it there.
 */
public record Title(String value) {

    public static final int MAX_LENGTH = 300;

    /** Holds every title to the rules; {@link #of} is the way in, with a refusal a maintainer can act on. */
    public Title {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH || !value.equals(value.strip())) {
            throw new IllegalArgumentException("Not a valid title: use Title.of");
        }
    }

    /** A title for the thing named by {@code whose} ("A roadmap", "An item"), which the refusal begins with. */
    public static Title of(String text, String whose) {
        if (text == null || text.isBlank()) {
            throw new RoadmapRuleViolation(whose + " needs a title.", "title");
        }
        String clean = text.strip();
        if (clean.length() > MAX_LENGTH) {
            throw new RoadmapRuleViolation(whose + "'s title is " + clean.length() + " characters long; keep it under "
                    + MAX_LENGTH + ".", "title");
        }
        return new Title(clean);
    }

    /** A heading that may be left out: empty when blank, else held to the same rules as a title. */
    static String optional(String text, String whose) {
        return text == null || text.isBlank() ? "" : of(text, whose).value();
    }
}
