package dev.roadmap.importer;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.importer.markdown.InlineText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What changed between two editions of a roadmap, item by item: added, removed, moved to another horizon,
 * renamed, status changed (in words: "in progress"), and a line diff of changed text. Items are matched by anchor or alias, so a
 * renamed item is still the same item.
 */
public record RoadmapChanges(List<ItemChange> changes) {

    public enum Kind {
        ADDED, REMOVED, MOVED, RENAMED, STATUS_CHANGED, TEXT_CHANGED;

        /** The kind as a heading says it: "Status changed". */
        public String heading() {
            String words = name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    /**
     * One change to one item, in plain words. {@code before} and {@code after} say what it was and became
     * (a horizon, a title, a status); {@code textDiff} holds unified-diff lines for changed text.
     */
    public record ItemChange(Kind kind, String anchor, String title, String before, String after,
                             List<String> textDiff) {
    }

    private static final int CONTEXT_LINES = 2;

    public static RoadmapChanges between(Roadmap before, Roadmap after) {
        List<ItemChange> changes = new ArrayList<>();
        for (RoadmapItem item : after.items()) {
            Optional<RoadmapItem> earlier = sameItemIn(before, item);
            if (earlier.isEmpty()) {
                changes.add(added(item));
            } else {
                changes.addAll(ofItem(earlier.get(), item));
            }
        }
        for (RoadmapItem item : before.items()) {
            if (sameItemIn(after, item).isEmpty()) {
                changes.add(removed(item));
            }
        }
        return new RoadmapChanges(List.copyOf(changes));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Every kind of change, in the order a report lists them. */
    public List<Kind> kinds() {
        return List.of(Kind.values());
    }

    public List<ItemChange> of(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    private static Optional<RoadmapItem> sameItemIn(Roadmap roadmap, RoadmapItem item) {
        return roadmap.findItem(item.anchor())
                .or(() -> item.aliases().stream().map(roadmap::findItem).flatMap(Optional::stream).findFirst());
    }

    static ItemChange added(RoadmapItem item) {
        return change(Kind.ADDED, item, "", plain(item.horizon().title()));
    }

    static ItemChange removed(RoadmapItem item) {
        return change(Kind.REMOVED, item, plain(item.horizon().title()), "");
    }

    /** What changed in one item between two editions, in the order a reader takes it in. */
    static List<ItemChange> ofItem(RoadmapItem before, RoadmapItem after) {
        List<ItemChange> changes = new ArrayList<>();
        if (!before.horizon().key().equals(after.horizon().key())) {
            changes.add(change(Kind.MOVED, after, plain(before.horizon().title()), plain(after.horizon().title())));
        }
        if (!before.title().equals(after.title())) {
            changes.add(change(Kind.RENAMED, after, plain(before.title()), plain(after.title())));
        }
        if (before.status() != after.status()) {
            changes.add(change(Kind.STATUS_CHANGED, after, before.status().words(), after.status().words()));
        }
        List<String> beforeText = text(before);
        List<String> afterText = text(after);
        if (!beforeText.equals(afterText)) {
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("before", "after", beforeText,
                    DiffUtils.diff(beforeText, afterText), CONTEXT_LINES);
            changes.add(new ItemChange(Kind.TEXT_CHANGED, after.anchor().value(), plain(after.title()), "", "",
                    diff.stream().skip(2).toList()));
        }
        return changes;
    }

    private static List<String> text(RoadmapItem item) {
        String summary = item.summary().isEmpty() ? "" : item.summary() + "\n\n";
        return List.of((summary + item.body()).split("\n", -1));
    }

    private static ItemChange change(Kind kind, RoadmapItem item, String before, String after) {
        return new ItemChange(kind, item.anchor().value(), plain(item.title()), before, after, List.of());
    }

    /** Titles are Markdown; a report of changes names things as a reader sees them. */
    private static String plain(String markdown) {
        return InlineText.ofMarkdown(markdown);
    }
}
