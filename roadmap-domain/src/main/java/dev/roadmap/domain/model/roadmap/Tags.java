package dev.roadmap.domain.model.roadmap;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An item's tags, in the order written: each stripped and at most {@link #MAX_TAG_LENGTH} characters;
 * blank and repeated ones are dropped. A refusal names the field "tags".
 */
public record Tags(List<String> values) {

    public static final int MAX_TAG_LENGTH = 60;

    public Tags {
        values = List.copyOf(values);
    }

    /** The tags kept from what was written. */
    public static Tags of(List<String> written) {
        Set<String> kept = new LinkedHashSet<>();
        for (String tag : written) {
            String clean = tag == null ? "" : tag.strip();
            if (clean.length() > MAX_TAG_LENGTH) {
                throw new RoadmapRuleViolation("The tag '" + clean + "' is longer than " + MAX_TAG_LENGTH
                        + " characters.", "tags");
            }
            if (!clean.isEmpty()) {
                kept.add(clean);
            }
        }
        return new Tags(List.copyOf(kept));
    }
}
