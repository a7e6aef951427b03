package dev.roadmap.domain.model.roadmap;

import java.util.Locale;

/** Where an item stands. */
public enum ItemStatus {
    PLANNED,
    IN_PROGRESS,
    SHIPPED,
    DROPPED;

    /** The status as addresses and style classes write it: "in-progress". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status as a reader says it: "in progress". */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
