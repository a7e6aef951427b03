package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.Area;
import dev.roadmap.domain.model.roadmap.ItemLayout;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.importer.markdown.DocumentOutline.ItemDraft;
import dev.roadmap.importer.markdown.DocumentOutline.Lines;
import dev.roadmap.importer.markdown.HeadingTree.Branch;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Everything inside one horizon: its items wherever they are (every list, every sub-heading, table rows), the
 * areas that group them (a sub-heading holding only a list or only headings, a bold label over a list, a
 * label bullet over a nested list), and the prose around them: before the first item it is the horizon's
 * intro, after the last its closing section, in between it stays with the item it follows.
 */
final class HorizonContent {

    /** What a horizon holds. */
    record Content(ItemLayout layout, List<Lines> intro, List<ItemDraft> items, List<Lines> trailing,
                   List<ItemDraft> repeated, boolean fromATable) {
    }

    private static final int LEAD_IN_LENGTH = 240;
    /** One to four words, the first capitalised, nothing that ends a sentence or opens a clause. */
    private static final java.util.regex.Pattern PLAIN_LABEL = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}&/+.-]*(?: [\\p{L}\\p{N}&/+.-]+){0,3}(?<!\\.):?");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The reader's parser, for the writer's questions ({@link #wouldGroupItems}, {@link ListItems#readsAs}). */
    static final org.commonmark.parser.Parser PROBE = RoadmapReader.parserBuilder().build();

    private final DocumentOutline outline;
    private final SourceText source;
    private final ListItems lists;
    private final TableItems tables;
    /** Each heading's words, worked out once: a heading is asked about again for every part above it. */
    private final Map<Heading, String> words = new IdentityHashMap<>();
    private final Map<Heading, Boolean> asides = new IdentityHashMap<>();

    HorizonContent(DocumentOutline outline, SourceText source) {
        this.outline = outline;
        this.source = source;
        this.lists = new ListItems(source);
        this.tables = new TableItems(source);
    }

    Content of(Branch horizon) {
        Collector found = new Collector();
        blocks(horizon.own(), null, found);
        for (Branch child : horizon.children()) {
            child(child, found);
        }
        return found.finish();
    }

    /** The items of blocks outside any heading, such as the lists right under a document's title. */
    Content ofBlocks(List<Node> blocks) {
        Collector found = new Collector();
        blocks(blocks, null, found);
        return found.finish();
    }

    /** Heading items as one flat horizon holds them: each branch is an item with its whole text. */
    Content ofFeatures(List<Branch> features) {
        Collector found = new Collector();
        features.forEach(feature -> headingItem(feature, null, found));
        return found.finish();
    }

    private void child(Branch child, Collector found) {
        String name = wordsOf(child.heading());
        // A heading with no text names no area: the export could not write one back to end the area before it.
        if (isAside(child.heading()) || name.isBlank()) {
            found.loose(child.whole());
        } else if (groups(child.own(), child.children())) {
            area(child, name, found);
        } else {
            headingItem(child, null, found);
        }
    }

    /**
     * Whether a heading over these blocks and sub-headings names an area of items rather than one item: its
     * sub-headings are the items after at most a lead-in, or its lists are. Metadata lines at the top
     * ("**Status:** …") describe one item, so a heading that opens with them is that item.
     */
    private boolean groups(List<Node> own, List<Branch> children) {
        if (!own.isEmpty() && own.get(0) instanceof Paragraph first && ItemMetadata.parse(source.of(first)).isPresent()) {
            return false;
        }
        return children.size() >= 2 ? onlyALeadIn(own, false)
                : children.isEmpty() && (onlyALeadIn(own, true) || mostlyLists(own)) && yieldsItems(own);
    }

    /**
     * Whether an item's text, written under its heading, would make the heading read as an area of items:
     * the writer asks, and opens such a text with the item's metadata so it reads back as the one item.
     */
    static boolean wouldGroupItems(String text) {
        if (text.isBlank()) {
            return false;
        }
        SourceText source = new SourceText(text);
        List<Node> blocks = DocumentOutline.topLevel(PROBE.parse(text));
        List<Branch> headings = HeadingTree.of(blocks, null, source.lineCount());
        int firstHeading = headings.isEmpty() ? Integer.MAX_VALUE : SourceText.firstLine(headings.get(0).heading());
        List<Node> own = blocks.stream().filter(b -> SourceText.firstLine(b) < firstHeading).toList();
        return new HorizonContent(null, source).groups(own, headings);
    }

    /** A heading over items of its own: its blocks' items, and its sub-headings' when there are two or more. */
    private void area(Branch area, String name, Collector found) {
        // Unless an item takes the area's name (its bullets may only point elsewhere), the heading stays as prose.
        Provisional heading = keepMarkup(area, name, found) ? null : found.provisional(headingLines(area), name);
        blocks(area.own(), name, found);
        if (area.children().size() >= 2) {
            area.children().forEach(item -> headingItem(item, name, found));
        }
        found.settle(heading);
    }

    /**
     * An area heading's words live on in its items' area; where it says more than its words (a link) or more
     * than an area holds, the heading itself is kept with the prose too. Spacing is no more: kept for a tab, the
     * heading would be read back as more than its area (a horizon of its own when named like one). Whether it was.
     */
    private boolean keepMarkup(Branch area, String name, Collector found) {
        if (!InlineText.oneSpaced(outline.headingSource(area.heading())).equals(InlineText.oneSpaced(name))
                || name.length() > Area.MAX_LENGTH) {
            found.loose(headingLines(area));
            return true;
        }
        return false;
    }

    private static Lines headingLines(Branch area) {
        return new Lines(SourceText.firstLine(area.heading()), SourceText.lastLine(area.heading()) + 1);
    }

    /** A heading whose text is a list or table of features after at most a short lead-in. */
    boolean isListGroup(Branch branch) {
        int firstList = 0;
        List<Node> own = branch.own();
        while (firstList < own.size() && !(own.get(firstList) instanceof ListBlock || own.get(firstList) instanceof TableBlock)) {
            firstList++;
        }
        // Prose after the lists closes the section; only what comes before them must be a short lead-in.
        int end = firstList;
        while (end < own.size() && (own.get(end) instanceof ListBlock || own.get(end) instanceof TableBlock)) {
            end++;
        }
        return onlyALeadIn(own.subList(0, end), true);
    }

    /** Blocks that are at most a short sentence of lead-in, then (when asked) lists: a group, not a feature. */
    private boolean onlyALeadIn(List<Node> blocks, boolean withLists) {
        int prose = 0;
        boolean lists = false;
        for (Node block : blocks) {
            if (block instanceof ListBlock || block instanceof TableBlock) {
                lists = true;
            } else if (block instanceof Paragraph paragraph) {
                String text = source.of(paragraph);
                if (ItemMetadata.parse(text).isEmpty() && !isBoldLabel(paragraph)
                        && (++prose > 1 || text.length() > LEAD_IN_LENGTH)) {
                    return false;
                }
            } else if (!(block instanceof org.commonmark.node.ThematicBreak || block instanceof org.commonmark.node.HtmlBlock)) {
                return false;
            }
        }
        return lists == withLists;
    }

    /**
     * Lists, each after at most a line or two of its own lead-in ("Objective: …", "Proposal: <link>"): a release
     * heading that groups its features, not one feature with notes.
     */
    private boolean mostlyLists(List<Node> blocks) {
        int lists = 0;
        int prose = 0;
        for (Node block : blocks) {
            if (block instanceof ListBlock) {
                lists++;
            } else if (block instanceof Paragraph paragraph && source.of(paragraph).length() <= LEAD_IN_LENGTH / 2) {
                prose++;
            } else {
                return false;
            }
        }
        return lists >= 2 && prose <= 2 * lists;
    }

    private boolean yieldsItems(List<Node> blocks) {
        return blocks.stream().anyMatch(b -> b instanceof ListBlock list && list.getFirstChild() instanceof ListItem first
                && (lists.isGroupLabel(first) || lists.item(first, null).isPresent()));
    }

    private void headingItem(Branch branch, String area, Collector found) {
        Heading heading = branch.heading();
        String title = outline.headingSource(heading);
        if (title.isEmpty() || title.length() > Roadmap.MAX_TITLE_LENGTH || outline.anchorOf(heading) == null) {
            found.loose(branch.whole());
            return;
        }
        int from = SourceText.lastLine(heading) + 1;
        Optional<Node> first = branch.own().stream().findFirst();
        Optional<ItemMetadata> metadata = first.filter(b -> b instanceof Paragraph).flatMap(b -> ItemMetadata.parse(source.of(b)));
        int bodyFrom = metadata.isPresent() ? SourceText.lastLine(first.get()) + 1 : from;
        found.item(new ItemDraft(SourceText.firstLine(heading) + 1, title, wordsOf(heading), outline.anchorOf(heading),
                "", StatusWords.read(title).status(), new ArrayList<>(List.of(new Lines(bodyFrom, branch.whole().to()))),
                0, metadata, area, ""));
    }

    private void blocks(List<Node> blocks, String area, Collector found) {
        String label = area;
        Provisional labelLines = null;
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            Node next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            Optional<StatusLegend> key = block instanceof ListBlock list && next != null ? StatusLegend.of(list)
                    : Optional.empty();
            if (block instanceof Paragraph paragraph && (isBoldLabel(paragraph) || isPlainLabel(paragraph))
                    && next instanceof ListBlock list && yieldsItems(List.of(list))) {
                label = within(area, InlineText.of(paragraph).replaceFirst(":$", "").strip());
                found.settle(labelLines);
                // A label over bullets that are no items names nothing: then it stays as written.
                labelLines = found.provisional(lines(paragraph), label);
            } else if (key.isPresent()) {
                // A key to the marks of the items that follow: prose, and their statuses.
                found.loose(lines(block));
                found.legend = key;
            } else if (block instanceof ListBlock list) {
                list(list, label, found);
            } else if (block instanceof TableBlock table && tables.holdsItems(table)) {
                found.loose(tables.rest(table));
                tables.items(table, label).forEach(found::item);
                found.tables++;
            } else {
                found.loose(lines(block));
            }
        }
        found.settle(labelLines);
    }

    private void list(ListBlock list, String area, Collector found) {
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            ListItem entry = (ListItem) child;
            if (isGroup(entry)) {
                int before = found.items.size();
                list((ListBlock) entry.getFirstChild().getNext(), within(area, lists.labelOf(entry)), found);
                // The label's status words are not the area's: they go to its items, or they would be lost.
                StatusWords.Marked label = StatusWords.read(InlineText.of(entry.getFirstChild()));
                for (int i = before; i < found.items.size(); i++) {
                    found.items.set(i, found.items.get(i).under(label));
                }
                continue;
            }
            Optional<ItemDraft> item = lists.item(entry, area);
            if (item.isPresent()) {
                found.item(item.get());
            } else {
                // A bullet that is no item is kept as written, taken back to the left like a body.
                found.loose(new Lines(SourceText.firstLine(entry), SourceText.lastLine(entry) + 1, column(entry)));
            }
        }
    }

    /**
     * A bullet naming the group of items in the list under it. One over bullets none of which is an item (links
     * elsewhere) names nothing: it is a bullet of its own, or its words would be lost.
     */
    private boolean isGroup(ListItem entry) {
        return lists.isGroupLabel(entry) && InlineText.hasWords(lists.labelOf(entry))
                && yieldsItems(List.of(entry.getFirstChild().getNext()))
                && holdsAnItem((ListBlock) entry.getFirstChild().getNext());
    }

    private boolean holdsAnItem(ListBlock list) {
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem entry && (isGroup(entry) || lists.item(entry, null).isPresent())) {
                return true;
            }
        }
        return false;
    }

    private static int column(ListItem entry) {
        return entry.getSourceSpans().isEmpty() ? 0 : entry.getSourceSpans().get(0).getColumnIndex();
    }

    /** A group inside an area is named by both ("Dynamic Local PVs / Backlogs"), so neither name is lost. */
    private static String within(String area, String label) {
        String both = area + " / " + label;
        return area == null || area.isBlank() || both.length() > Area.MAX_LENGTH ? label : both;
    }

    /** A paragraph that is only a bold phrase, such as "**Server**" over the list it names. */
    static boolean isBoldLabel(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        Node rest = first == null ? null : first.getNext();
        return first instanceof StrongEmphasis
                && (rest == null || rest instanceof Text text && text.getNext() == null && text.getLiteral().strip().equals(":"));
    }

    /**
     * A paragraph of a few words alone on a line, no sentence and no markup, such as "Deployment" over the
     * list it names.
     */
    static boolean isPlainLabel(Paragraph paragraph) {
        if (!(paragraph.getFirstChild() instanceof Text text) || text.getNext() != null || BareLinks.anyIn(text.getLiteral())) {
            return false;
        }
        String words = text.getLiteral().strip();
        return PLAIN_LABEL.matcher(words).matches();
    }

    private String wordsOf(Heading heading) {
        return words.computeIfAbsent(heading, InlineText::of);
    }

    private boolean isAside(Heading heading) {
        return asides.computeIfAbsent(heading, h -> HorizonNames.isAside(wordsOf(h)));
    }

    /** What makes two bullets of a horizon the same item: the area (or none) and the title's words. */
    static String sameItemKey(String area, String plainTitle) {
        return (area == null ? "" : area.strip()) + "\u0000" + NOT_WORD.matcher(plainTitle.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }

    private static Lines lines(Node block) {
        return new Lines(SourceText.firstLine(block), SourceText.lastLine(block) + 1);
    }

    /**
     * A label's or an area heading's lines, kept with the prose in their place until an item takes the name as its
     * area: the words then live on there. They are where the pending prose went, or still pending.
     */
    private static final class Provisional {
        private final Lines lines;
        private final String area;
        private List<Lines> holder;

        Provisional(Lines lines, String area, List<Lines> holder) {
            this.lines = lines;
            this.area = area;
            this.holder = holder;
        }

        boolean namesTheAreaOf(ItemDraft item) {
            String itemArea = item.metadata().flatMap(ItemMetadata::area).isPresent() ? null : item.area();
            return itemArea != null && (itemArea.equals(area) || itemArea.startsWith(area + " / "));
        }
    }

    /** Items in document order; prose goes to the intro before the first, to the item it follows after. */
    private final class Collector {

        private final List<Lines> intro = new ArrayList<>();
        private final List<ItemDraft> items = new ArrayList<>();
        private final List<Lines> pending = new ArrayList<>();
        private boolean fromLists;
        private int tables;
        private final java.util.Set<String> seen = new java.util.HashSet<>();
        private final List<ItemDraft> repeated = new ArrayList<>();
        private Optional<StatusLegend> legend = Optional.empty();
        private final List<Provisional> open = new ArrayList<>();

        void item(ItemDraft found) {
            ItemDraft item = legend.flatMap(key -> key.statusIn(source.line(found.line() - 1)))
                    .map(status -> found.withStatus(status)).orElse(found);
            // The same name in two areas ("Graduate CRDs to beta" for each storage provider) is two items.
            String same = item.headingAnchor() != null ? item.headingAnchor().value()
                    : sameItemKey(item.metadata().flatMap(ItemMetadata::area).orElse(item.area()), item.plainTitle());
            if (!seen.add(same)) {
                // The same item listed again is not a second item; its lines stay with the one before, even as
                // the last: in the closing prose they would be read again outside the area that made them the same.
                repeated.add(item);
                int to = item.body().isEmpty() ? item.line() : item.body().get(item.body().size() - 1).to();
                List<Lines> before = items.get(items.size() - 1).body();
                flushPendingTo(before);
                before.add(new Lines(item.line() - 1, Math.max(item.line(), to), Math.max(0, item.indent() - 2)));
                return;
            }
            claimBy(item);
            flushPendingTo(items.isEmpty() ? intro : items.get(items.size() - 1).body());
            ItemDraft mutable = item.body() instanceof ArrayList ? item : new ItemDraft(item.line(), item.titleSource(),
                    item.plainTitle(), item.headingAnchor(), item.summary(), item.status(), new ArrayList<>(item.body()),
                    item.indent(), item.metadata(), item.area(), item.statusAsWritten());
            items.add(mutable);
            fromLists |= item.headingAnchor() == null;
        }

        void loose(Lines lines) {
            if (lines.to() > lines.from()) {
                pending.add(lines);
            }
        }

        /** Keeps lines with the prose for as long as no item takes {@code area} as its own: see {@link Provisional}. */
        Provisional provisional(Lines lines, String area) {
            Provisional kept = new Provisional(lines, area, pending);
            pending.add(lines);
            open.add(kept);
            return kept;
        }

        /** The name's items are all in: its lines stay wherever they are now. */
        void settle(Provisional kept) {
            if (kept != null) {
                open.remove(kept);
            }
        }

        /** An item that takes a provisional name as its area takes the words of its lines with it. */
        private void claimBy(ItemDraft item) {
            for (java.util.Iterator<Provisional> it = open.iterator(); it.hasNext(); ) {
                Provisional kept = it.next();
                if (kept.namesTheAreaOf(item)) {
                    kept.holder.removeIf(lines -> lines == kept.lines);
                    it.remove();
                }
            }
        }

        /** The pending prose goes to {@code to}, and the provisional lines in it with it. */
        private void flushPendingTo(List<Lines> to) {
            to.addAll(pending);
            pending.clear();
            open.stream().filter(kept -> kept.holder == pending).forEach(kept -> kept.holder = to);
        }

        Content finish() {
            return new Content(fromLists ? ItemLayout.LIST : ItemLayout.HEADINGS, intro, items, List.copyOf(pending),
                    List.copyOf(repeated), tables > 0);
        }
    }
}
