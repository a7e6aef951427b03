package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Gives each heading of one document the anchor GitHub and Docusaurus give it, numbering repeats the same
 * way ("usage", "usage-1", …) so every anchor of the document is unique.
 */
final class HeadingSlugger {

    private final Map<String, Integer> seen = new HashMap<>();

    /** The next unique anchor for a heading's plain text, or empty if the text has no letter or digit. */
    Optional<Anchor> slug(String plainText) {
        Anchor base;
        try {
            base = Anchor.fromHeading(plainText);
        } catch (RoadmapRuleViolation nothingToSlug) {
            return Optional.empty();
        }
        String value = base.value();
        int count = seen.merge(value, 1, Integer::sum);
        if (count > 1) {
            String numbered = value + "-" + (count - 1);
            while (seen.containsKey(numbered)) {
                numbered = value + "-" + (count++);
            }
            seen.put(numbered, 1);
            return Optional.of(Anchor.of(numbered));
        }
        return Optional.of(base);
    }

    /** Marks an anchor as taken without a heading, such as one an overview table links to. */
    boolean isTaken(String anchor) {
        return seen.containsKey(anchor);
    }
}
