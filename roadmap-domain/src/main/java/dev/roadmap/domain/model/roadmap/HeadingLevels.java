package dev.roadmap.domain.model.roadmap;

/** The heading levels Markdown has, and the one a part gets when the document did not give it one. */
final class HeadingLevels {

    /** A part's level when no document said: the export's {@code ##} under the title's {@code #}. */
    static final int PART = 2;

    private HeadingLevels() {
    }

    static int checked(int level) {
        if (level < 1 || level > 6) {
            throw new RoadmapRuleViolation("A heading level is 1 to 6, not " + level + ".");
        }
        return level;
    }
}
