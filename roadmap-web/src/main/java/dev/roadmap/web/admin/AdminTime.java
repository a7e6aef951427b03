package dev.roadmap.web.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as the maintainer UI shows them: to the minute, in UTC, so two maintainers see the same time. */
public final class AdminTime {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private AdminTime() {
    }

    public static String format(Instant instant) {
        return WHEN.format(instant);
    }
}
