package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.ItemLayout;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.importer.markdown.DocumentOutline.ItemDraft;
import dev.roadmap.importer.markdown.DocumentOutline.Part;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;

/**
 * The author's overview table checked against the horizons it lists: broken anchors, items it forgets, links
 * by another anchor than the heading's (the item then answers to both). A table in the generated shape is
 * replaced by its marker, to be generated again; a table of the author's own shape is kept word for word.
 */
final class OverviewTableCheck {

    private final SourceText source;
    private final ImportReport report;
    private final Map<ItemDraft, Anchor> anchors;
    private final Map<ItemDraft, Anchor> aliases;

    OverviewTableCheck(SourceText source, ImportReport report, Map<ItemDraft, Anchor> anchors,
                       Map<ItemDraft, Anchor> aliases) {
        this.source = source;
        this.report = report;
        this.anchors = anchors;
        this.aliases = aliases;
    }

    void check(List<Node> blocks, List<Part> parts) {
        for (Node block : blocks) {
            if (!(block instanceof TableBlock table) || insideAnItem(table, parts)) {
                continue;
            }
            List<OverviewTable.Column> columns = OverviewTable.columns(table);
            List<Part> horizons = parts.stream().filter(Part::isHorizon).toList();
            Set<Part> covered = identitySet();
            boolean generatedShape = OverviewTable.bodyRows(table) == 1 && columns.size() == horizons.size();
            for (int i = 0; i < columns.size(); i++) {
                OverviewTable.Column column = columns.get(i);
                Optional<Part> horizon = horizonOf(column.header(), horizons);
                boolean everyEntryAnItem = horizon.isPresent() && covered.add(horizon.get())
                        && checkColumn(column, horizon.get());
                // '&&', not '&=': a table with more columns than horizons has no horizon at this column's place.
                generatedShape = generatedShape && everyEntryAnItem && horizon.get() == horizons.get(i)
                        && column.header().text().equalsIgnoreCase(horizon.get().plainTitle());
            }
            if (!covered.isEmpty()) {
                int line = SourceText.firstLine(table);
                horizons.stream().filter(h -> !covered.contains(h)).forEach(h -> report.warn(line + 1,
                        "the overview table has no column for '" + h.plainTitle() + "'"));
                Optional<String> lost = generatedShape ? wordLostWhenWrittenAgain(table, horizons) : Optional.empty();
                if (generatedShape && lost.isEmpty()) {
                    source.replace(line, SourceText.lastLine(table), OverviewTable.MARKER);
                } else if (lost.isPresent()) {
                    report.inform(line + 1, "the overview table says '" + lost.get() + "', which the table the export "
                            + "writes from the items would not; it is kept as written, and does not follow when the "
                            + "horizons change");
                } else {
                    report.inform(line + 1, "the overview table is not in the shape the export writes (a column "
                            + "per horizon, named as it is, and one row of its items); it is kept as written, "
                            + "and does not follow when the horizons change");
                }
                return;
            }
        }
    }

    /**
     * What the table the export writes from these horizons would lose of the author's: an entry may name an
     * item by the start of its name ("GraphQL" for "GraphQL support"), but one cut inside a word ("Telemet"), a link
     * to elsewhere or any other text of the author's would be lost with the table. The first such word, if any.
     */
    private Optional<String> wordLostWhenWrittenAgain(TableBlock table, List<Part> horizons) {
        // "br": the export joins a cell's entries with <br/>, as the author's table may.
        Set<String> written = new java.util.HashSet<>(Set.of("br"));
        for (Part horizon : horizons) {
            addWords(horizon.plainTitle(), written);
            if (horizon.anchor() != null) {
                addWords(horizon.anchor().value(), written);
            }
            for (ItemDraft item : horizon.items()) {
                addWords(item.plainTitle(), written);
                // As the export writes it: only a heading item's entry links to its anchor.
                if (horizon.layout() == ItemLayout.HEADINGS) {
                    addWords(anchors.get(item).value(), written);
                }
            }
        }
        return words(source.of(table)).stream().filter(word -> !written.contains(word)).findFirst();
    }

    private static void addWords(String text, Set<String> words) {
        words.addAll(words(text));
    }

    /**
     * Words as the round trip counts them: runs of letters and digits (Unicode's L and N), case kept. By hand: a
     * regular expression over a wide table's padding was a twentieth of reading the seed.
     */
    static List<String> words(String text) {
        List<String> words = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            boolean inWord = Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    private boolean insideAnItem(TableBlock table, List<Part> parts) {
        int line = SourceText.firstLine(table);
        return parts.stream().filter(Part::isHorizon)
                .anyMatch(p -> p.items().stream().anyMatch(i -> i.body().stream()
                        .anyMatch(b -> line >= b.from() && line < b.to())));
    }

    private Optional<Part> horizonOf(OverviewTable.Entry header, List<Part> horizons) {
        return horizons.stream().filter(h -> (header.anchor() != null && h.anchor() != null
                        && h.anchor().value().equals(header.anchor())) || h.plainTitle().equalsIgnoreCase(header.text()))
                .findFirst();
    }

    /** Warns of what the column and the horizon's items disagree on; whether every entry names an item. */
    private boolean checkColumn(OverviewTable.Column column, Part horizon) {
        Set<ItemDraft> listed = identitySet();
        boolean everyEntryAnItem = true;
        // Indexed once per column: matched entry by entry over every item, a table of thousands took seconds.
        java.util.Map<String, ItemDraft> byAnchors = new java.util.HashMap<>();
        List<String> lowerTitles = new java.util.ArrayList<>();
        for (ItemDraft item : horizon.items()) {
            byAnchors.putIfAbsent(anchors.get(item).value(), item);
            lowerTitles.add(item.plainTitle().toLowerCase(Locale.ROOT));
        }
        for (OverviewTable.Entry entry : column.entries()) {
            Optional<ItemDraft> byAnchor = Optional.ofNullable(entry.anchor() == null ? null : byAnchors.get(entry.anchor()));
            String lowerText = entry.text().toLowerCase(Locale.ROOT);
            Optional<ItemDraft> byName = byAnchor.isPresent() ? byAnchor : java.util.stream.IntStream
                    .range(0, lowerTitles.size()).filter(i -> lowerTitles.get(i).startsWith(lowerText))
                    .mapToObj(horizon.items()::get).findFirst();
            if (byName.isEmpty()) {
                report.warn(entry.line(), entry.anchor() != null
                        ? "the overview table links '" + entry.text() + "' to #" + entry.anchor()
                                + ", which no item of '" + horizon.plainTitle() + "' has (a broken anchor)"
                        : "the overview table lists '" + entry.text() + "', which is not an item of '"
                                + horizon.plainTitle() + "'");
                everyEntryAnItem = false;
                continue;
            }
            ItemDraft item = byName.get();
            listed.add(item);
            if (byAnchor.isEmpty() && entry.anchor() != null) {
                keepTheDocumentsAnchor(entry, item);
            }
        }
        horizon.items().stream().filter(i -> !listed.contains(i)).forEach(i -> report.warn(i.line(),
                "the overview table forgets the item '" + i.plainTitle() + "' of '" + horizon.plainTitle() + "'"));
        return everyEntryAnItem;
    }

    /** Parts and drafts are told apart by identity: their records' own hashes walk every line range they hold. */
    private static <T> Set<T> identitySet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    /** The document links the item by another anchor than its heading has: it answers to both. */
    private void keepTheDocumentsAnchor(OverviewTable.Entry entry, ItemDraft item) {
        Anchor heading = anchors.get(item);
        Anchor linked;
        try {
            linked = Anchor.of(entry.anchor());
        } catch (RoadmapRuleViolation unusable) {
            report.warn(entry.line(), "the overview table links '" + entry.text() + "' to #" + entry.anchor()
                    + ", which cannot be an anchor");
            return;
        }
        report.warn(entry.line(), "the overview table links '" + entry.text() + "' to #" + linked
                + ", but its heading's anchor is #" + heading + "; the item answers to both");
        anchors.put(item, linked);
        aliases.put(item, heading);
    }
}
