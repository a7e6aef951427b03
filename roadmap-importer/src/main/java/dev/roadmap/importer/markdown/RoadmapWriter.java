package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.FrontMatterSyntax;
import dev.roadmap.domain.model.roadmap.Horizon;
import dev.roadmap.domain.model.roadmap.ItemLayout;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.domain.model.roadmap.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a roadmap as canonical Markdown in the Docusaurus shape: front matter, intro, the parts in
 * document order (a heading per horizon and titled section at the document's level for it, {@code ##} for
 * one made in the editor; a heading one level lower or a bullet per item), with the
 * overview table generated from the horizons where the document had one. Reading the result gives the
 * same roadmap back.
 */
public final class RoadmapWriter {

    /** Characters SnakeYAML refuses in a document or reads as a line break, and the tab plain scalars trim. */
    private static final Pattern NOT_PLAIN_YAML = Pattern.compile("[\\x00-\\x1F\\x7F\\u0085\\u2028\\u2029\\uD800-\\uDFFF\\uFFFE\\uFFFF]");
    /** A list's first mark: a bullet or an ordered number. */
    private static final Pattern OPENS_A_LIST = Pattern.compile("[-+*](?:[ \\t]|$)|\\d{1,9}[.)](?:[ \\t]|$)");
    /** One to three spaces before a paragraph's text, not before a list's, a quote's or a fence's mark. */
    private static final Pattern INDENTED_PARAGRAPH = Pattern.compile(" {1,3}(?![ \\t>`~|<#]|[-+*](?:[ \\t]|$)|\\d{1,9}[.)])\\S");
    private static final Pattern ATX_MARKS = Pattern.compile("^( {0,3})#{1,6}(?=[ \\t]|$)");
    /** The reader's block structure (tables change it), to find the headings of the author's text. */
    private static final Parser BLOCKS = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final Pattern NEEDS_QUOTES = Pattern.compile("^[\\s'\"\\[\\]{}>|*&!%@`#,?:-]|: |\\s#|\\s$");
    /** SnakeYAML's own rules for what a plain scalar is: ".0" a number, "~" nothing, "yes" a boolean in YAML 1.1. */
    private static final Resolver YAML_TYPES = new Resolver();

    public String write(Roadmap roadmap) {
        List<String> blocks = new ArrayList<>();
        addIfPresent(blocks, withOverviewTable(roadmap.intro(), roadmap));
        List<Section> sections = roadmap.sections();
        sectionsAfter(0, sections, roadmap, blocks);
        List<Horizon> horizons = roadmap.horizons();
        for (int i = 0; i < horizons.size(); i++) {
            horizon(horizons.get(i), roadmap, blocks);
            sectionsAfter(i + 1, sections, roadmap, blocks);
        }
        String body = String.join("\n\n", blocks);
        return frontMatter(roadmap, statesItsPeriod(roadmap, body)) + "\n\n" + body + "\n";
    }

    /** Whether the prose already says the period, the way the reader finds it. */
    private static boolean statesItsPeriod(Roadmap roadmap, String body) {
        return roadmap.period().isEmpty() || PeriodFinder.find(body).equals(roadmap.period());
    }

    /** The id first, as Docusaurus pages have it: the document's own when it differs from the slug. */
    private String frontMatter(Roadmap roadmap, boolean periodInProse) {
        if (roadmap.frontMatterSyntax() == FrontMatterSyntax.TOML) {
            return tomlFrontMatter(roadmap, periodInProse);
        }
        List<String> extras = roadmap.frontMatterExtras().isEmpty() ? List.of()
                : List.of(roadmap.frontMatterExtras().split("\n"));
        String id = extras.stream().filter(line -> line.startsWith("id:")).findFirst()
                .orElse("id: " + roadmap.slug());
        StringBuilder yaml = new StringBuilder("---\n").append(id).append('\n');
        yaml.append("title: ").append(yamlValue(roadmap.title())).append('\n');
        if (!roadmap.description().isEmpty()) {
            yaml.append("description: ").append(yamlValue(roadmap.description())).append('\n');
        }
        if (!periodInProse) {
            yaml.append("period: ").append(yamlValue(roadmap.period().orElseThrow().text())).append('\n');
        }
        extras.stream().filter(line -> !line.equals(id)).forEach(line -> yaml.append(line).append('\n'));
        return yaml.append("---").toString();
    }

    /** Hugo's TOML: the model's values first, ahead of any table, then the author's own lines. */
    private String tomlFrontMatter(Roadmap roadmap, boolean periodInProse) {
        StringBuilder toml = new StringBuilder("+++\n");
        toml.append("title = ").append(tomlString(roadmap.title())).append('\n');
        if (!roadmap.description().isEmpty()) {
            toml.append("description = ").append(tomlString(roadmap.description())).append('\n');
        }
        if (!periodInProse) {
            toml.append("period = ").append(tomlString(roadmap.period().orElseThrow().text())).append('\n');
        }
        if (!roadmap.frontMatterExtras().isEmpty()) {
            toml.append(roadmap.frontMatterExtras()).append('\n');
        }
        return toml.append("+++").toString();
    }

    private void sectionsAfter(int horizonsBefore, List<Section> sections, Roadmap roadmap, List<String> blocks) {
        for (Section section : sections) {
            if (section.horizonsBefore() == horizonsBefore) {
                if (!section.title().isEmpty()) {
                    blocks.add(heading(section.headingLevel()) + section.title());
                }
                addIfPresent(blocks, withOverviewTable(section.body(), roadmap), section.title().isEmpty() ? 0 : section.headingLevel());
            }
        }
    }

    private void horizon(Horizon horizon, Roadmap roadmap, List<String> blocks) {
        blocks.add(heading(horizon.headingLevel()) + horizon.title());
        addIfPresent(blocks, withOverviewTable(horizon.intro(), roadmap), horizon.headingLevel());
        ItemStatus usual = HorizonNames.defaultStatus(horizon.kind());
        List<RoadmapItem> items = roadmap.itemsIn(horizon.key());
        // A horizon its title does not name (the reader's own "Roadmap" among them) is found by its items, and
        // an empty heading ends them: their own statuses say they are items.
        boolean unnamed = HorizonNames.kindOf(InlineText.ofMarkdown(horizon.title())).isEmpty();
        // Two bullets with the same name in the same area read back as one item listed twice, and a label line
        // right before a list would name its area; as headings they stay two, and the label stays prose.
        // A title no bullet reads back as written ("+ 9" opens a list, "a**b" breaks a bold name) is a heading.
        Optional<String> list = horizon.itemLayout() == ItemLayout.LIST && !namesAnItemTwice(items)
                && !endsWithALabel(horizon.intro()) ? list(items, usual, unnamed, holdsAHeading(horizon.intro()))
                : Optional.empty();
        if (list.isPresent()) {
            if (!items.isEmpty()) {
                blocks.add(list.get());
            }
            return;
        }
        int itemLevel = Math.min(6, horizon.headingLevel() + 1);
        for (RoadmapItem item : items) {
            blocks.add(heading(itemLevel) + item.title());
            String body = headingsBelow(itemLevel, item.body());
            // A heading over nothing but lists or sub-headings reads back as an area: a status line keeps it an item.
            ItemStatus statusInMetadata = unnamed || HorizonContent.wouldGroupItems(body) || bodySaysOtherwise(item)
                    ? null : usual;
            addIfPresent(blocks, ItemMetadata.format(item.summary(), item.status(), statusInMetadata, item.target(),
                    item.tags(), item.area()));
            addIfPresent(blocks, item.body(), itemLevel);
        }
    }

    /**
     * Whether the item's text speaks of another status than its own ("Status: done" under a box left open): with
     * no status of its own in the export, the text's would be read.
     */
    private static boolean bodySaysOtherwise(RoadmapItem item) {
        return StatusWords.inBody(item.body()).filter(said -> said != item.status()).isPresent();
    }

    private static boolean namesAnItemTwice(List<RoadmapItem> items) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return !items.stream().allMatch(item -> seen.add(HorizonContent.sameItemKey(item.area().orElse(null),
                InlineText.ofMarkdown(item.title()))));
    }

    /** Whether the text's last block is a line the reader takes for the name of a list right after it. */
    private static boolean endsWithALabel(String text) {
        return !text.isBlank() && BLOCKS.parse(text).getLastChild() instanceof org.commonmark.node.Paragraph last
                && (HorizonContent.isBoldLabel(last) || HorizonContent.isPlainLabel(last));
    }

    /**
     * Whether the text has a heading of its own. Under a heading the horizon's intro keeps (an area's, linked), the
     * list after it is read back in that area: an item with none says so.
     */
    private static boolean holdsAHeading(String text) {
        for (Node block = text.isBlank() ? null : BLOCKS.parse(text).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading) {
                return true;
            }
        }
        return false;
    }

    private static String heading(int level) {
        return "#".repeat(level) + " ";
    }

    /**
     * A bullet per item; an item with more to say than its first line makes the list a loose one. Where each
     * says its status, a checkbox or a status line says even the usual one, and where each says its area, an
     * empty area line says it has none. Empty when an item's title and summary read back otherwise in any bullet.
     */
    private Optional<String> list(List<RoadmapItem> items, ItemStatus usual, boolean eachSaysItsStatus,
                                  boolean eachSaysItsArea) {
        StringBuilder list = new StringBuilder();
        for (RoadmapItem item : items) {
            Optional<String> named = bulletText(item);
            if (named.isEmpty()) {
                return Optional.empty();
            }
            boolean saysItsStatus = eachSaysItsStatus || bodySaysOtherwise(item);
            boolean checkbox = (item.status() != usual || saysItsStatus)
                    && (item.status() == ItemStatus.SHIPPED || item.status() == ItemStatus.PLANNED);
            ItemStatus statusInMetadata = checkbox ? item.status() : saysItsStatus ? null : usual;
            Optional<String> area = item.area().or(() -> eachSaysItsArea ? Optional.of("") : Optional.empty());
            String metadata = ItemMetadata.format("", item.status(), statusInMetadata, item.target(), item.tags(), area);
            if (metadata.isEmpty() && OPENS_A_LIST.matcher(item.body()).lookingAt()) {
                // A bullet over nothing but a list reads back as a group's label: its status line keeps it an item.
                metadata = "**Status:** " + ItemMetadata.statusWord(item.status());
            }
            if (!list.isEmpty()) {
                list.append(metadata.isEmpty() && item.body().isEmpty() && !previousWasLoose(list) ? "\n" : "\n\n");
            }
            list.append("- ");
            if (checkbox) {
                list.append(item.status() == ItemStatus.SHIPPED ? "[x] " : "[ ] ");
            }
            list.append(named.get());
            for (String more : new String[] {metadata, item.body()}) {
                if (!more.isEmpty()) {
                    list.append("\n\n").append(indent(more));
                }
            }
        }
        return Optional.of(list.toString());
    }

    /**
     * The bullet's text for the item's title and summary: the title alone, or a bold name where a plain bullet
     * reads it otherwise ("e.g." loses its period, "[ ] x" is a checkbox, "Area: x" an area) or a summary
     * follows; empty when neither reads back as written.
     */
    private static Optional<String> bulletText(RoadmapItem item) {
        String title = item.title();
        if (item.summary().isEmpty() && ListItems.readsAs(title, title, "")) {
            return Optional.of(title);
        }
        String bold = ("**" + title + ":** " + item.summary()).stripTrailing();
        return ListItems.readsAs(bold, title, item.summary()) ? Optional.of(bold) : Optional.empty();
    }

    private static boolean previousWasLoose(StringBuilder list) {
        int lastItem = list.lastIndexOf("\n- ");
        return list.indexOf("\n\n", Math.max(0, lastItem)) >= 0;
    }

    private static String indent(String block) {
        return block.lines().map(line -> line.isBlank() ? "" : "  " + leadingTabsAsSpaces(line))
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /**
     * The line with the tabs of its indentation as the spaces they stand for, up to the next multiple of four:
     * behind a bullet's two spaces a tab reaches only two columns further, and a code block under a heading
     * item would become a list under the bullet.
     */
    private static String leadingTabsAsSpaces(String line) {
        StringBuilder spaces = new StringBuilder();
        boolean tabbed = false;
        int at = 0;
        for (; at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t'); at++) {
            tabbed |= line.charAt(at) == '\t';
            spaces.append(line.charAt(at) == ' ' ? " " : " ".repeat(4 - spaces.length() % 4));
        }
        return tabbed ? spaces + line.substring(at) : line;
    }

    /** The Markdown with the overview table generated in place of its marker, as pages show it. */
    public static String withOverviewTable(String markdown, Roadmap roadmap) {
        return markdown.contains(OverviewTable.MARKER)
                ? markdown.replace(OverviewTable.MARKER, OverviewTable.generate(roadmap))
                : markdown;
    }

    private static void addIfPresent(List<String> blocks, String block) {
        addIfPresent(blocks, block, 0);
    }

    /** Adds the author's text written under a heading of the given level (0: under none that matters). */
    private static void addIfPresent(List<String> blocks, String block, int under) {
        if (block != null && !block.isBlank()) {
            String text = headingsBelow(under, block);
            boolean afterAList = !blocks.isEmpty() && OPENS_A_LIST.matcher(blocks.get(blocks.size() - 1)).lookingAt();
            blocks.add(afterAList ? outOfTheList(text) : text);
        }
    }

    /**
     * Text that follows a list with its first paragraph indented by one to three spaces: under a "1." it stood
     * apart, but under the export's "-" it would continue the last bullet. Those spaces say nothing in a
     * paragraph, so they go.
     */
    private static String outOfTheList(String text) {
        if (!INDENTED_PARAGRAPH.matcher(text).lookingAt()) {
            return text;
        }
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        String rest = end < 0 ? "" : text.substring(end);
        return first.lines().map(String::stripLeading).collect(java.util.stream.Collectors.joining("\n")) + rest;
    }

    /**
     * The author's text with its headings kept below the heading it is written under, and set apart by blank
     * lines. A sub-heading at or above the level of the heading it is written under (a part made in the editor
     * gets {@code ##}, its items {@code ###}) would read back as a part or an item of its own, so the text's
     * headings move down by as many levels as its highest needs (at most to {@code ######}), keeping their order among themselves. A blank line
     * either side of each is the only form that is a fixed point; the Markdown means the same. Only what the
     * parser reads as a top-level heading counts: a '#' line in an HTML block or a fence is text, and a blank
     * line before it would make it a heading.
     */
    static String headingsBelow(int under, String block) {
        if (block.indexOf('#') < 0 && block.indexOf('=') < 0 && block.indexOf('-') < 0) {
            return block;
        }
        List<Heading> headings = new ArrayList<>();
        for (Node child = BLOCKS.parse(block).getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading && !heading.getSourceSpans().isEmpty()) {
                headings.add(heading);
            }
        }
        if (headings.isEmpty()) {
            return block;
        }
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElseThrow();
        int down = Math.max(0, under + 1 - highest);
        String[] lines = block.split("\n", -1);
        java.util.Map<Integer, Heading> byFirstLine = new java.util.HashMap<>();
        java.util.Set<Integer> lastLines = new java.util.HashSet<>();
        headings.forEach(h -> {
            byFirstLine.put(SourceText.firstLine(h), h);
            lastLines.add(SourceText.lastLine(h));
        });
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Heading heading = byFirstLine.get(i);
            if (heading != null && i > 0 && !lines[i - 1].isBlank() && !endsWithBlankLine(out)) {
                out.append('\n');
            }
            if (heading != null && down > 0) {
                int last = SourceText.lastLine(heading);
                out.append(movedDown(heading, lines, i, last, down));
                i = last;
            } else {
                out.append(lines[i]);
            }
            if (i + 1 < lines.length) {
                out.append('\n');
                if (lastLines.contains(i) && !lines[i + 1].isBlank()) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static boolean endsWithBlankLine(StringBuilder text) {
        int length = text.length();
        return length >= 2 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\n';
    }

    /** A heading as an ATX one {@code down} levels lower; a setext heading's lines become its one line. */
    private static String movedDown(Heading heading, String[] lines, int first, int last, int down) {
        String marks = "#".repeat(Math.min(6, heading.getLevel() + down));
        java.util.regex.Matcher atx = ATX_MARKS.matcher(lines[first]);
        if (first == last && atx.lookingAt()) {
            return atx.group(1) + marks + lines[first].substring(atx.end());
        }
        StringBuilder text = new StringBuilder();
        for (int line = first; line < last; line++) {
            text.append(text.length() == 0 ? "" : " ").append(lines[line].strip());
        }
        return marks + " " + text;
    }

    /** A TOML basic string: quotes, backslashes and control characters escaped. */
    private static String tomlString(String value) {
        return doubleQuoted(value, c -> c < 0x20 || c == 0x7f);
    }

    private static String yamlValue(String value) {
        if (NOT_PLAIN_YAML.matcher(value).find()) {
            return yamlDoubleQuoted(value);
        }
        // A plain value the reader takes for a number or a boolean comes back as its Java text (".0" as "0.0").
        boolean typed = !YAML_TYPES.resolve(NodeId.scalar, value, true).equals(Tag.STR);
        return typed || NEEDS_QUOTES.matcher(value).find() ? "'" + value.replace("'", "''") + "'" : value;
    }

    /** YAML's escapes, for what no other style can hold: a line break, a control character, half a surrogate pair. */
    private static String yamlDoubleQuoted(String value) {
        return doubleQuoted(value, c -> NOT_PLAIN_YAML.matcher(String.valueOf((char) c)).find());
    }

    /** A double-quoted string as YAML and TOML both write it: their escapes agree on these. */
    private static String doubleQuoted(String value, java.util.function.IntPredicate escaped) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(escaped.test(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }
}
