package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.ItemLayout;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.Roadmap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The shape of a roadmap document, found from the parser's tree: the intro, then parts (one per heading
 * of the shallowest level), each either a horizon with items or a section of prose. Only line ranges and
 * headings are kept here; the text itself is sliced from the source afterwards.
 */
final class DocumentOutline {

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern NUMBERED = Pattern.compile(".*-\\d+$");

    /** A line range, from (inclusive) to (exclusive), 0-based, and how far its lines are indented. */
    record Lines(int from, int to, int indent) {

        Lines(int from, int to) {
            this(from, to, 0);
        }
    }

    record Part(Heading heading, int startLine, String titleSource, String plainTitle, Anchor anchor, Lines content,
                Optional<HorizonKind> kind, ItemLayout layout, List<Lines> intro, List<ItemDraft> items,
                List<Lines> trailing) {

        boolean isHorizon() {
            return kind.isPresent() && !items.isEmpty();
        }

        /** Its heading's level; 2, the export's, for the part the reader makes where a document has none. */
        int headingLevel() {
            return heading == null ? 2 : heading.getLevel();
        }

        static Part section(Heading heading, String titleSource, String plainTitle, Anchor anchor, Lines content) {
            return new Part(heading, SourceText.firstLine(heading), titleSource, plainTitle, anchor, content,
                    Optional.empty(), ItemLayout.HEADINGS, List.of(), List.of(), List.of());
        }
    }

    /**
     * An item as found: its title as written, where its body lies (the first range dedented by {@code indent},
     * then any blocks that followed it inside its horizon), what its own words said of it.
     */
    record ItemDraft(int line, String titleSource, String plainTitle, Anchor headingAnchor, String summary,
                     Optional<ItemStatus> status, List<Lines> body, int indent, Optional<ItemMetadata> metadata,
                     String area, String statusAsWritten) {

        ItemDraft withStatus(ItemStatus newStatus) {
            return new ItemDraft(line, titleSource, plainTitle, headingAnchor, summary, Optional.of(newStatus), body,
                    indent, metadata, area, statusAsWritten);
        }

        /** The item under a label that says a status ("Search (done)"): the label's, where the item says none. */
        ItemDraft under(StatusWords.Marked label) {
            if (label.asWritten().isEmpty() || !statusAsWritten.isEmpty()) {
                return this;
            }
            return new ItemDraft(line, titleSource, plainTitle, headingAnchor, summary, status.or(label::status), body,
                    indent, metadata, area, label.asWritten());
        }
    }

    private final SourceText source;
    private final Map<Heading, Anchor> headingAnchors = new IdentityHashMap<>();
    private final HeadingSlugger slugger = new HeadingSlugger();
    private final ImportReport report;

    DocumentOutline(SourceText source, ImportReport report) {
        this.source = source;
        this.report = report;
    }

    /** Gives every heading of the document its anchor, in document order, as GitHub numbers repeats. */
    void anchorHeadings(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String plain = InlineText.of(heading);
                slugger.slug(plain).ifPresent(anchor -> {
                    headingAnchors.put(heading, anchor);
                    if (NUMBERED.matcher(anchor.value()).matches() && !Anchor.fromHeading(plain).equals(anchor)) {
                        report.warn(SourceText.firstLine(heading) + 1, "another heading also reads '" + plain
                                + "'; this one answers to #" + anchor + " (a duplicate anchor)");
                    }
                });
            }
        });
    }

    HeadingSlugger slugger() {
        return slugger;
    }

    /** The parts of the document: horizons wherever their headings are, sections for the rest. */
    List<Part> parts(List<Node> blocks, Heading titleHeading, int end, String title) {
        List<HeadingTree.Branch> roots = HeadingTree.of(blocks, titleHeading, end);
        int firstHeading = roots.isEmpty() ? end : SourceText.firstLine(roots.get(0).heading());
        StringBuilder said = new StringBuilder(title).append('\n').append(source.lines(0, firstHeading));
        roots.forEach(root -> said.append('\n').append(InlineText.of(root.heading())));
        boolean aRoadmap = HorizonNames.speaksOfARoadmap(said.toString());
        // What comes before the title heading is the intro's: bold lines or lists there are no horizon's items.
        List<Node> afterTitle = titleHeading == null ? blocks : blocks.subList(blocks.indexOf(titleHeading) + 1, blocks.size());
        return new HorizonFinder(this, source, report, aRoadmap, afterTitle).parts(roots);
    }

    Anchor anchorOf(Heading heading) {
        return headingAnchors.get(heading);
    }

    /** Where the parts begin; the intro ends there. */
    static int firstPartLine(List<Part> parts, int end) {
        return parts.isEmpty() ? end : parts.get(0).startLine();
    }

    /** The heading's text as written, without its '#' marks (or a setext underline). */
    String headingSource(Heading heading) {
        if (heading.getFirstChild() == null) {
            return "";
        }
        Node first = heading.getFirstChild();
        Node last = heading.getLastChild();
        if (first.getSourceSpans().isEmpty() || last.getSourceSpans().isEmpty()) {
            return InlineText.of(heading);
        }
        int from = first.getSourceSpans().get(0).getInputIndex();
        var lastSpan = last.getSourceSpans().get(last.getSourceSpans().size() - 1);
        return oneLine(source.text().substring(from, lastSpan.getInputIndex() + lastSpan.getLength()));
    }

    static List<Node> blocksWithin(List<Node> blocks, int from, int to) {
        return blocks.stream().filter(b -> SourceText.firstLine(b) >= from && SourceText.firstLine(b) < to).toList();
    }

    /** Top-level blocks of a document, nested ones not included. */
    static List<Node> topLevel(Node document) {
        List<Node> blocks = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Block) {
                blocks.add(child);
            }
        }
        return blocks;
    }

    static String oneLine(String text) {
        // Most titles are one line already; the pattern is the reader's most frequent.
        return text.indexOf('\n') < 0 ? text.strip() : LINE_BREAK.matcher(text).replaceAll(" ").strip();
    }
}
