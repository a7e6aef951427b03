package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines at the top of an item that describe it rather than tell about it: {@code **Status:** In
 * progress}, {@code **Target:** 2022-Q2}, {@code **Tags:** search, ux}, {@code **Summary:** …}. Read only
 * when every line of the paragraph is one of them, so prose that happens to start in bold stays prose.
 */
record ItemMetadata(Optional<String> summary, Optional<ItemStatus> status, Optional<PlanningPeriod> target,
                    List<String> tags, Optional<String> area) {

    /** DOTALL: a value may hold U+0085 or U+2028, which Markdown takes as text and '.' would not match. */
    private static final Pattern LINE = Pattern.compile("^\\*\\*(Status|Target|Tags|Summary|Area)(:\\*\\*|\\*\\*\\s*:)\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Map<String, ItemStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("planned", ItemStatus.PLANNED), Map.entry("not started", ItemStatus.PLANNED),
            Map.entry("proposed", ItemStatus.PLANNED), Map.entry("todo", ItemStatus.PLANNED),
            Map.entry("in design", ItemStatus.PLANNED),
            Map.entry("in progress", ItemStatus.IN_PROGRESS), Map.entry("in-progress", ItemStatus.IN_PROGRESS),
            Map.entry("started", ItemStatus.IN_PROGRESS), Map.entry("in development", ItemStatus.IN_PROGRESS),
            Map.entry("ongoing", ItemStatus.IN_PROGRESS),
            Map.entry("shipped", ItemStatus.SHIPPED), Map.entry("done", ItemStatus.SHIPPED),
            Map.entry("completed", ItemStatus.SHIPPED), Map.entry("complete", ItemStatus.SHIPPED),
            Map.entry("released", ItemStatus.SHIPPED), Map.entry("stable", ItemStatus.SHIPPED),
            Map.entry("dropped", ItemStatus.DROPPED), Map.entry("cancelled", ItemStatus.DROPPED),
            Map.entry("canceled", ItemStatus.DROPPED), Map.entry("abandoned", ItemStatus.DROPPED));

    static final ItemMetadata NONE = new ItemMetadata(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
            Optional.empty());

    /** Reads a paragraph's source as metadata, or empty when any line is something else. */
    static Optional<ItemMetadata> parse(String paragraphSource) {
        if (!paragraphSource.strip().startsWith("**")) {
            return Optional.empty(); // what most paragraphs are: every metadata line opens with its bold key
        }
        Optional<String> summary = Optional.empty();
        Optional<ItemStatus> status = Optional.empty();
        Optional<PlanningPeriod> target = Optional.empty();
        List<String> tags = new ArrayList<>();
        Optional<String> area = Optional.empty();
        for (String line : paragraphSource.strip().split("\n")) {
            Matcher matcher = LINE.matcher(line.strip());
            if (!matcher.matches()) {
                return Optional.empty();
            }
            String value = matcher.group(3).strip();
            switch (matcher.group(1).toLowerCase(Locale.ROOT)) {
                case "summary" -> summary = Optional.of(value);
                case "status" -> {
                    ItemStatus read = STATUS_WORDS.get(value.toLowerCase(Locale.ROOT));
                    if (read == null) {
                        return Optional.empty();
                    }
                    status = Optional.of(read);
                }
                // An empty one says the item has none, whatever heading it is written under.
                case "area" -> area = Optional.of(value);
                case "target" -> target = value.isEmpty() ? Optional.empty() : Optional.of(period(value));
                default -> Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
            }
        }
        return Optional.of(new ItemMetadata(summary, status, target, List.copyOf(tags), area));
    }

    /** The same lines with tags found elsewhere on the item (a trailing "[medium]") added after its own. */
    ItemMetadata withTags(List<String> more) {
        List<String> all = new ArrayList<>(tags);
        all.addAll(more);
        return new ItemMetadata(summary, status, target, List.copyOf(all), area);
    }

    static PlanningPeriod period(String text) {
        return PeriodFinder.find(text).filter(p -> p.text().equals(text.strip())).orElseGet(() -> PlanningPeriod.parse(text));
    }

    /** The canonical lines for what differs from the defaults; empty when nothing does. An empty area is said. */
    static String format(String summary, ItemStatus status, ItemStatus defaultStatus, Optional<PlanningPeriod> target,
                         List<String> tags, Optional<String> area) {
        List<String> lines = new ArrayList<>();
        area.ifPresent(a -> lines.add(("**Area:** " + a).strip()));
        if (!summary.isEmpty()) {
            lines.add("**Summary:** " + summary);
        }
        if (status != defaultStatus) {
            lines.add("**Status:** " + statusWord(status));
        }
        target.ifPresent(period -> lines.add("**Target:** " + period.text()));
        if (!tags.isEmpty()) {
            lines.add("**Tags:** " + String.join(", ", tags));
        }
        return String.join("  \n", lines);
    }

    /** The status as a metadata line starts it: "In progress". */
    static String statusWord(ItemStatus status) {
        String words = status.words();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
