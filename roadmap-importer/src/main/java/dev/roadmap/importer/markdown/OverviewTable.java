package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.Horizon;
import dev.roadmap.domain.model.roadmap.ItemLayout;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * The table at the top of a Backstage-style roadmap that lists each horizon's items with links to their
 * anchors. It is not stored: the document keeps a marker where it stood, and the writer generates it
 * afresh from the horizons, so it can never disagree with them. Reading it checks it against the items.
 */
final class OverviewTable {

    /** Where the generated table goes in the stored Markdown. An HTML comment: invisible if rendered as is. */
    static final String MARKER = "<!-- roadmap:overview -->";

    /** One name in a cell: its text and, when it is a link to this page, the anchor it links to. */
    record Entry(String text, String anchor, int line) {
    }

    record Column(Entry header, List<Entry> entries) {
    }

    private OverviewTable() {
    }

    /** The table's columns, when it links to anchors of this page at all; empty otherwise. */
    static List<Column> columns(TableBlock table) {
        if (!linksIntoPage(table)) {
            return List.of();
        }
        List<List<Entry>> headers = new ArrayList<>();
        List<List<Entry>> body = new ArrayList<>();
        collectCells(table, headers, body);
        boolean linksIntoPage = headers.stream().flatMap(List::stream).anyMatch(e -> e.anchor() != null)
                || body.stream().flatMap(List::stream).anyMatch(e -> e.anchor() != null);
        if (!linksIntoPage || headers.isEmpty()) {
            return List.of();
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            List<Entry> header = headers.get(i);
            columns.add(new Column(header.isEmpty() ? new Entry("", null, 0) : header.get(0),
                    i < body.size() ? body.get(i) : List.of()));
        }
        return columns;
    }

    /** Whether any link in the table points into this page: a cheap look before the cells are read. */
    private static boolean linksIntoPage(TableBlock table) {
        boolean[] found = {false};
        table.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found[0] |= link.getDestination().startsWith("#");
            }
        });
        return found[0];
    }

    /** How many rows the table has below its header. */
    static int bodyRows(TableBlock table) {
        int rows = 0;
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableBody) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    rows++;
                }
            }
        }
        return rows;
    }

    private static void collectCells(TableBlock table, List<List<Entry>> headers, List<List<Entry>> body) {
        new Object() {
            void walk(Node node) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof TableCell cell) {
                        boolean inHead = cell.getParent().getParent() instanceof TableHead;
                        int column = indexInRow(cell);
                        List<List<Entry>> target = inHead ? headers : body;
                        while (target.size() <= column) {
                            target.add(new ArrayList<>());
                        }
                        target.get(column).addAll(entries(cell));
                    } else {
                        walk(child);
                    }
                }
            }
        }.walk(table);
    }

    private static int indexInRow(TableCell cell) {
        int index = 0;
        for (Node sibling = cell.getPrevious(); sibling != null; sibling = sibling.getPrevious()) {
            index++;
        }
        return index;
    }

    /** A cell's names, split at {@code <br/>}. */
    private static List<Entry> entries(TableCell cell) {
        List<Entry> entries = new ArrayList<>();
        List<Node> segment = new ArrayList<>();
        int line = SourceText.firstLine(cell) + 1;
        for (Node child = cell.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlInline html && html.getLiteral().toLowerCase(Locale.ROOT).startsWith("<br")) {
                addEntry(entries, segment, line);
                segment = new ArrayList<>();
            } else {
                segment.add(child);
            }
        }
        addEntry(entries, segment, line);
        return entries;
    }

    private static void addEntry(List<Entry> entries, List<Node> segment, int line) {
        // Each node's words, a space between nodes; built by hand, since it runs for every node of every cell.
        StringBuilder words = new StringBuilder();
        String anchor = null;
        for (Node node : segment) {
            words.append(words.isEmpty() ? "" : " ").append(InlineText.of(node));
            if (anchor == null && node instanceof Link link && link.getDestination().startsWith("#")) {
                anchor = link.getDestination().substring(1);
            }
        }
        String text = InlineText.oneSpaced(words);
        if (!text.isEmpty()) {
            entries.add(new Entry(text, anchor, line));
        }
    }

    /** The table as the writer shows it: a column per horizon, a line per item, linked where it has a heading. */
    static String generate(Roadmap roadmap) {
        List<Horizon> horizons = roadmap.horizons();
        if (horizons.isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder("|");
        for (Horizon horizon : horizons) {
            table.append(' ').append(link(InlineText.ofMarkdown(horizon.title()), horizon.key())).append(" |");
        }
        table.append("\n|");
        horizons.forEach(h -> table.append(" --- |"));
        table.append("\n|");
        for (Horizon horizon : horizons) {
            String cell = roadmap.itemsIn(horizon.key()).stream()
                    .map(item -> entryFor(horizon, item))
                    .collect(Collectors.joining(" <br/> "));
            table.append(' ').append(cell).append(" |");
        }
        return table.toString();
    }

    private static String entryFor(Horizon horizon, RoadmapItem item) {
        String name = InlineText.ofMarkdown(item.title());
        return horizon.itemLayout() == ItemLayout.HEADINGS ? link(name, item.anchor().value()) : escape(name);
    }

    private static String link(String text, String anchor) {
        return "[" + escape(text).replace("[", "\\[").replace("]", "\\]") + "](#" + anchor + ")";
    }

    private static String escape(String cellText) {
        return cellText.replace("|", "\\|");
    }
}
