package dev.roadmap.web.site;

import dev.roadmap.domain.model.edition.Edition;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A published edition as the public pages name it: number, label, day, who and why. */
public record EditionEntry(int number, String label, String publishedOn, String publishedAt, String publishedBy,
                           String note) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static EditionEntry of(Edition edition) {
        return new EditionEntry(edition.number(), edition.label(), DAY.format(edition.publishedAt()),
                edition.publishedAt().toString(), edition.publishedBy(), edition.note());
    }
}
