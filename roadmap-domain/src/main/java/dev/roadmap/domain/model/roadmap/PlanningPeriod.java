package dev.roadmap.domain.model.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a roadmap or an item is planned for: a quarter when one could be read ("2022-Q2"), always
 * with the text as the author wrote it ("the ongoing quarter from April through June 2022"), so the
 * document reads the same when written back out.
 */
@Embeddable
public class PlanningPeriod {

    /** The longest text kept as written (its column's size); a form holds what is typed to it. */
    public static final int MAX_TEXT_LENGTH = 500;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final int FIRST_YEAR = 1970;
    private static final int LAST_YEAR = 9999;

    @Column(name = "period_year")
    private Integer year;

    @Column(name = "period_quarter")
    private Integer quarter;

    @Column(name = "period_text", length = MAX_TEXT_LENGTH)
    private String text;

    protected PlanningPeriod() {
        // for JPA
    }

    private PlanningPeriod(Integer year, Integer quarter, String text) {
        this.year = year;
        this.quarter = quarter;
        this.text = text;
    }

    /** A quarter of a year, with the words it was written in. */
    public static PlanningPeriod quarter(int year, int quarter, String asWritten) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RoadmapRuleViolation("The year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR + ".");
        }
        if (quarter < 1 || quarter > 4) {
            throw new RoadmapRuleViolation("A quarter is 1, 2, 3 or 4, not " + quarter + ".");
        }
        String text = asWritten == null || asWritten.isBlank() ? year + "-Q" + quarter : asWritten.strip();
        return new PlanningPeriod(year, quarter, text);
    }

    /** A period known only by its words ("after the 2.0 release"): nothing could be read from it. */
    public static PlanningPeriod asWritten(String text) {
        Objects.requireNonNull(text, "The period's text is required.");
        if (text.isBlank()) {
            throw new RoadmapRuleViolation("A planning period needs some text, such as '2022-Q2'.");
        }
        return new PlanningPeriod(null, null, text.strip());
    }

    /** Reads the canonical form {@code 2022-Q2}; anything else is kept as written. */
    public static PlanningPeriod parse(String text) {
        Matcher matcher = QUARTER.matcher(text == null ? "" : text.strip());
        if (matcher.matches()) {
            return quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), text);
        }
        return asWritten(text);
    }

    /** The quarter in canonical form, such as {@code 2022-Q2}, when one was read. */
    public Optional<String> quarterLabel() {
        return year == null ? Optional.empty() : Optional.of(year + "-Q" + quarter);
    }

    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    public Optional<Integer> quarterOfYear() {
        return Optional.ofNullable(quarter);
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanningPeriod period
                && Objects.equals(year, period.year)
                && Objects.equals(quarter, period.quarter)
                && Objects.equals(text, period.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, quarter, text);
    }

    @Override
    public String toString() {
        return quarterLabel().map(label -> label + " (" + text + ")").orElse(text);
    }
}
