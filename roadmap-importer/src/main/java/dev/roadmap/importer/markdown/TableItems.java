package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.importer.markdown.DocumentOutline.ItemDraft;
import dev.roadmap.importer.markdown.DocumentOutline.Lines;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Rows of a table as items, where the table lists features: a name column (Feature, Name, Version,
 * Description…) beside a status, date, area or owner column. The name is the title, an area column
 * ("Theme", "Product") the area (an empty cell continues the one above), a status cell or an emoji in the
 * name the status, a date or timeline cell the target; other cells are the summary. The header stays prose.
 */
final class TableItems {

    private static final List<Pattern> NAME_WORDS = java.util.stream.Stream.of("feature", "item", "name", "title",
            "component", "version", "release", "milestone", "initiative", "epic", "deliverable", "goal", "project",
            "description").map(word -> Pattern.compile("\\b" + word + "s?\\b")).toList();
    private static final Pattern AREA = Pattern.compile("\\b(theme|area|category|product|group|sig|team|module)\\b");
    private static final Pattern STATUS = Pattern.compile("\\b(status|state|progress|stage)\\b");
    private static final Pattern TARGET = Pattern.compile("\\b(timeline|date|eta|target|quarter|when|due|period)\\b");
    private static final Pattern EDGE_PIPES = Pattern.compile("^[\\s|]+|[\\s|]+$");
    private static final Pattern ANCHOR_LINK = Pattern.compile("\\]\\(#");

    /** Which column plays which part, by its header; -1 where none does. */
    private record Columns(int name, int area, int status, int target) {
    }

    private final SourceText source;
    /** Each table's columns, worked out once: every part the table may belong to asks about it. */
    private final Map<TableBlock, Optional<Columns>> columnsOf = new IdentityHashMap<>();

    TableItems(SourceText source) {
        this.source = source;
    }

    boolean holdsItems(TableBlock table) {
        return columns(table).isPresent();
    }

    private Optional<Columns> columns(TableBlock table) {
        return columnsOf.computeIfAbsent(table, this::partsPlayed);
    }

    private Optional<Columns> partsPlayed(TableBlock table) {
        if (!(table.getFirstChild() instanceof TableHead head) || head.getFirstChild() == null
                || !(head.getNext() instanceof TableBody body) || body.getFirstChild() == null) {
            return Optional.empty();
        }
        List<String> headers = new ArrayList<>();
        for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
            headers.add(InlineText.of(cell).toLowerCase(Locale.ROOT));
        }
        int name = -1;
        for (Pattern word : NAME_WORDS) {
            for (int i = 0; i < headers.size() && name < 0; i++) {
                if (word.matcher(headers.get(i)).find() && !STATUS.matcher(headers.get(i)).find()
                        && !TARGET.matcher(headers.get(i)).find()) {
                    name = i;
                }
            }
        }
        int status = find(headers, STATUS, name);
        // Beside a status column, the first column names what has that status.
        name = name < 0 && status > 0 ? 0 : name;
        int area = find(headers, AREA, name);
        int target = find(headers, TARGET, name);
        if (name < 0 || namesLinkAnchors(body, name)) {
            return Optional.empty();
        }
        // Status words in the names play a status column's part; the whole table is read for them only when needed.
        boolean playsAPart = area >= 0 || status >= 0 || target >= 0 || StatusWords.read(source.of(table)).status().isPresent();
        return playsAPart ? Optional.of(new Columns(name, area, status, target)) : Optional.empty();
    }

    /** Names that link to the document's own headings make an overview of items, not items. */
    private boolean namesLinkAnchors(TableBody body, int name) {
        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
            Node cell = row.getFirstChild();
            for (int i = 0; i < name && cell != null; i++) {
                cell = cell.getNext();
            }
            if (cell != null && ANCHOR_LINK.matcher(source.of(cell)).find() && source.of(cell).strip().startsWith("[")) {
                return true;
            }
        }
        return false;
    }

    private static int find(List<String> headers, Pattern pattern, int not) {
        for (int i = 0; i < headers.size(); i++) {
            if (i != not && pattern.matcher(headers.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    List<ItemDraft> items(TableBlock table, String area) {
        Columns columns = columns(table).orElseThrow();
        List<ItemDraft> items = new ArrayList<>();
        String areaAbove = area;
        for (Node row = table.getFirstChild().getNext().getFirstChild(); row != null; row = row.getNext()) {
            List<String> cells = cells(row);
            String areaCell = cell(cells, columns.area());
            areaAbove = areaCell.isEmpty() ? areaAbove : InlineText.ofMarkdown(areaCell);
            StatusWords.Marked name = StatusWords.read(cell(cells, columns.name()));
            if (namesNothing(name)) {
                // A row that names nothing stays, as written, with the item before it (before the first, with the
                // header): its other cells' words would otherwise be lost when the export writes the items as bullets.
                if (!items.isEmpty() && cells.stream().anyMatch(InlineText::hasWords)) {
                    int rowLine = SourceText.firstLine(row);
                    items.get(items.size() - 1).body().add(new Lines(rowLine, rowLine + 1));
                }
                continue;
            }
            String statusCell = cell(cells, columns.status());
            Optional<ItemStatus> status = StatusWords.read(statusCell).status().or(() -> StatusWords.of(statusCell))
                    .or(name::status).or(() -> StatusWords.releaseTag(String.join(" ", cells)));
            String targetCell = cell(cells, columns.target());
            Optional<PlanningPeriod> target = targetCell.isEmpty() ? Optional.empty() : Optional.of(ItemMetadata.period(targetCell));
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (i != columns.name() && i != columns.area() && i != columns.target() && !cells.get(i).isEmpty()
                        && !(i == columns.status() && status.isPresent())) {
                    rest.add(cells.get(i));
                }
            }
            String beyond = beyondTheHeader(row);
            if (!beyond.isEmpty()) {
                rest.add(beyond);
            }
            int line = SourceText.firstLine(row);
            ItemMetadata metadata = new ItemMetadata(Optional.empty(), Optional.empty(), target, List.of(), Optional.empty());
            // A status cell read as the status stays in the item as the author wrote it, as a status mark does.
            String said = columns.status() >= 0 && status.isPresent() && !statusCell.isEmpty()
                    ? (name.asWritten().isEmpty() ? "" : name.asWritten() + ", ") + DocumentOutline.oneLine(statusCell)
                    : name.asWritten();
            // A sentence's period is not part of the name, as in a bullet: the export writes the row as one.
            String title = name.title().endsWith(".") && !name.title().endsWith("..")
                    ? name.title().substring(0, name.title().length() - 1) : name.title();
            items.add(new ItemDraft(line + 1, title, InlineText.ofMarkdown(title), null,
                    DocumentOutline.oneLine(String.join(" — ", rest)), status, new ArrayList<>(List.of(new Lines(line, line))),
                    0, Optional.of(metadata), areaAbove, said));
        }
        return items;
    }

    /** The header, its delimiter row and the rows before the first that names an item: prose, kept word for word. */
    Lines rest(TableBlock table) {
        Columns columns = columns(table).orElseThrow();
        Node row = table.getFirstChild().getNext().getFirstChild();
        while (row != null && namesNothing(StatusWords.read(cell(cells(row), columns.name())))) {
            row = row.getNext();
        }
        return new Lines(SourceText.firstLine(table), row == null ? SourceText.lastLine(table) + 1 : SourceText.firstLine(row));
    }

    private List<String> cells(Node row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            cells.add(source.of(cell).strip());
        }
        return cells;
    }

    private static boolean namesNothing(StatusWords.Marked name) {
        return name.title().isEmpty() || name.title().length() > Roadmap.MAX_TITLE_LENGTH || !InlineText.hasWords(name.title());
    }

    /**
     * The cells of a row past the header's columns, which the table parser drops: they stay in the item's summary,
     * or their words would be lost.
     */
    private String beyondTheHeader(Node row) {
        Node last = row.getLastChild();
        while (last != null && last.getSourceSpans().isEmpty()) {
            last = last.getPrevious();
        }
        if (last == null || row.getSourceSpans().isEmpty()) {
            return "";
        }
        SourceSpan cellSpan = last.getSourceSpans().get(last.getSourceSpans().size() - 1);
        SourceSpan rowSpan = row.getSourceSpans().get(row.getSourceSpans().size() - 1);
        int from = cellSpan.getInputIndex() + cellSpan.getLength();
        int to = rowSpan.getInputIndex() + rowSpan.getLength();
        return from >= to ? "" : EDGE_PIPES.matcher(source.text().substring(from, to)).replaceAll("").strip();
    }

    private static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
