package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the planning period a roadmap's prose states: "the ongoing quarter from April through June 2022",
 * "Q2 2022", "2022-Q2". The words as written are kept with the quarter read from them.
 */
final class PeriodFinder {

    /** "january", "april", "july", "october": the months a quarter opens with, as java.time knows them. */
    private static final List<String> QUARTER_FIRST_MONTHS = Arrays.stream(Month.values())
            .filter(m -> m.firstMonthOfQuarter() == m).map(m -> m.name().toLowerCase(Locale.ROOT)).toList();
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";
    /** The range itself; the words before it ("the ongoing quarter from") are found by {@link #LEAD_IN}. */
    private static final Pattern MONTH_RANGE = Pattern.compile(MONTH + "\\s+(?:through|to|until|till|-|–)\\s+" + MONTH
            + ",?\\s+((?:19|20)\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?:(?:the\\s+)?(?:ongoing\\s+|current\\s+|next\\s+|coming\\s+)?quarter\\s+)?(?:from\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int LEAD_IN_REACH = 40;
    private static final Pattern QUARTER_YEAR = Pattern.compile("\\bQ([1-4])[\\s,]+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_QUARTER = Pattern.compile("\\b((?:19|20)\\d{2})[\\s-]?Q([1-4])\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTIONS_QUARTER = Pattern.compile("\\b(quarter|Q[1-4])\\b", Pattern.CASE_INSENSITIVE);

    private PeriodFinder() {
    }

    static Optional<PlanningPeriod> find(String prose) {
        Matcher range = MONTH_RANGE.matcher(prose);
        for (int start : quarterStartMonths(prose)) {
            if (!range.region(start, prose.length()).lookingAt()) {
                continue;
            }
            Month first = Month.valueOf(range.group(1).toUpperCase(Locale.ROOT));
            Month last = Month.valueOf(range.group(2).toUpperCase(Locale.ROOT));
            if (first.firstMonthOfQuarter() == first && last == first.plus(2)) {
                int year = Integer.parseInt(range.group(3));
                int quarter = LocalDate.of(year, first, 1).get(IsoFields.QUARTER_OF_YEAR);
                String before = prose.substring(Math.max(0, range.start() - LEAD_IN_REACH), range.start());
                Matcher leadIn = LEAD_IN.matcher(before);
                String words = (leadIn.find() ? leadIn.group() : "") + range.group();
                String asWritten = WHITESPACE.matcher(words).replaceAll(" ").strip();
                return Optional.of(PlanningPeriod.quarter(year, quarter, asWritten));
            }
        }
        Matcher quarterYear = QUARTER_YEAR.matcher(prose);
        if (quarterYear.find()) {
            return Optional.of(PlanningPeriod.quarter(Integer.parseInt(quarterYear.group(2)),
                    Integer.parseInt(quarterYear.group(1)), quarterYear.group()));
        }
        Matcher yearQuarter = YEAR_QUARTER.matcher(prose);
        if (yearQuarter.find()) {
            return Optional.of(PlanningPeriod.quarter(Integer.parseInt(yearQuarter.group(1)),
                    Integer.parseInt(yearQuarter.group(2)), yearQuarter.group()));
        }
        return Optional.empty();
    }

    /**
     * Where "January", "April", "July" or "October" occur, in order: a quarter's range can only start there,
     * and looking for four words is far cheaper than trying the range pattern at every character.
     */
    private static List<Integer> quarterStartMonths(String prose) {
        char[] lower = prose.toCharArray();
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(lower[i]);
        }
        String text = new String(lower);
        List<Integer> starts = new ArrayList<>();
        for (String month : QUARTER_FIRST_MONTHS) {
            for (int at = text.indexOf(month); at >= 0; at = text.indexOf(month, at + 1)) {
                starts.add(at);
            }
        }
        starts.sort(null);
        return starts;
    }

    /** Prose that speaks of a quarter without one that can be read, worth a warning. */
    static boolean mentionsAQuarter(String prose) {
        return MENTIONS_QUARTER.matcher(prose).find();
    }
}
