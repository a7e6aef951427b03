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

    private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX])\\]\\s+");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(:|[-–—](?=\\s))?\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern NUMBERED = Pattern.compile(".*-\\d+$");

    /** A line range, from (inclusive) to (exclusive), 0-based. */
    record Lines(int from, int to) {
    }

    record Part(Heading heading, String titleSource, String plainTitle, Anchor anchor, int headingLine,
                Lines content, Optional<HorizonKind> kind, ItemLayout layout, Lines intro,
                List<ItemDraft> items, Lines trailing) {

        boolean isHorizon() {
            return kind.isPresent() && !items.isEmpty();
        }
    }

    /** An item as found: its title as written, where its body lies, what its first line said of it. */
    record ItemDraft(int line, String titleSource, String plainTitle, Anchor headingAnchor, String summary,
                     Optional<ItemStatus> checkbox, Lines body, int indent, Optional<ItemMetadata> metadata) {
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

    /** The parts of the document, split at headings of the shallowest level below the title. */
    List<Part> parts(List<Node> blocks, Heading titleHeading, int end) {
        int level = blocks.stream().filter(b -> b instanceof Heading h && h != titleHeading && h.getLevel() >= 2)
                .mapToInt(b -> ((Heading) b).getLevel()).min().orElse(Integer.MAX_VALUE);
        List<Heading> starts = new ArrayList<>();
        for (Node block : blocks) {
            if (block instanceof Heading heading && heading != titleHeading && heading.getLevel() <= level) {
                starts.add(heading);
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Heading heading = starts.get(i);
            int headingLine = SourceText.lastLine(heading);
            int partEnd = i + 1 < starts.size() ? SourceText.firstLine(starts.get(i + 1)) : end;
            parts.add(part(heading, new Lines(headingLine + 1, partEnd), blocksWithin(blocks, headingLine + 1, partEnd)));
        }
        return parts;
    }

    /** Where the parts begin; the intro ends there. */
    static int firstPartLine(List<Part> parts, int end) {
        return parts.isEmpty() ? end : SourceText.firstLine(parts.get(0).heading());
    }

    private Part part(Heading heading, Lines content, List<Node> blocks) {
        String plain = InlineText.of(heading);
        String titleSource = headingSource(heading);
        Anchor anchor = headingAnchors.get(heading);
        Optional<HorizonKind> kind = HorizonNames.kindOf(plain);
        if (kind.isPresent()) {
            Optional<Part> horizon = asHeadingItems(heading, titleSource, plain, anchor, content, blocks, kind)
                    .or(() -> asListItems(heading, titleSource, plain, anchor, content, blocks, kind));
            if (horizon.isPresent()) {
                return horizon.get();
            }
            report.inform(SourceText.firstLine(heading) + 1, "'" + plain
                    + "' reads like a horizon but holds no items; it is kept as a section");
        } else {
            report.inform(SourceText.firstLine(heading) + 1, "'" + plain + "' is kept as a section");
        }
        return new Part(heading, titleSource, plain, anchor, SourceText.firstLine(heading), content, Optional.empty(),
                ItemLayout.HEADINGS, content, List.of(), new Lines(content.to(), content.to()));
    }

    private Optional<Part> asHeadingItems(Heading heading, String titleSource, String plain, Anchor anchor, Lines content,
                                          List<Node> blocks, Optional<HorizonKind> kind) {
        int itemLevel = blocks.stream().filter(b -> b instanceof Heading).mapToInt(b -> ((Heading) b).getLevel())
                .min().orElse(0);
        if (itemLevel == 0) {
            return Optional.empty();
        }
        List<Heading> itemHeadings = blocks.stream()
                .filter(b -> b instanceof Heading h && h.getLevel() == itemLevel).map(b -> (Heading) b).toList();
        List<ItemDraft> items = new ArrayList<>();
        for (int i = 0; i < itemHeadings.size(); i++) {
            Heading itemHeading = itemHeadings.get(i);
            int from = SourceText.lastLine(itemHeading) + 1;
            int to = i + 1 < itemHeadings.size() ? SourceText.firstLine(itemHeadings.get(i + 1)) : content.to();
            String itemTitle = headingSource(itemHeading);
            if (itemTitle.length() > Roadmap.MAX_TITLE_LENGTH || headingAnchors.get(itemHeading) == null) {
                return Optional.empty();
            }
            Optional<Node> firstBlock = Optional.ofNullable(itemHeading.getNext())
                    .filter(next -> SourceText.firstLine(next) < to);
            Optional<ItemMetadata> metadata = firstBlock.filter(b -> b instanceof Paragraph)
                    .flatMap(b -> ItemMetadata.parse(source.of(b)));
            int bodyFrom = metadata.isPresent() ? SourceText.lastLine(firstBlock.get()) + 1 : from;
            items.add(new ItemDraft(SourceText.firstLine(itemHeading) + 1, itemTitle, InlineText.of(itemHeading),
                    headingAnchors.get(itemHeading), "", Optional.empty(), new Lines(bodyFrom, to), 0, metadata));
        }
        Lines intro = new Lines(content.from(), SourceText.firstLine(itemHeadings.get(0)));
        return Optional.of(new Part(heading, titleSource, plain, anchor, SourceText.firstLine(heading), content, kind,
                ItemLayout.HEADINGS, intro, items, new Lines(content.to(), content.to())));
    }

    private Optional<Part> asListItems(Heading heading, String titleSource, String plain, Anchor anchor, Lines content,
                                       List<Node> blocks, Optional<HorizonKind> kind) {
        Optional<ListBlock> list = blocks.stream().filter(b -> b instanceof BulletList || b instanceof OrderedList)
                .map(b -> (ListBlock) b).findFirst();
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<ItemDraft> items = new ArrayList<>();
        for (Node child = list.get().getFirstChild(); child != null; child = child.getNext()) {
            Optional<ItemDraft> item = listItem((ListItem) child);
            if (item.isEmpty()) {
                return Optional.empty();
            }
            items.add(item.get());
        }
        Lines intro = new Lines(content.from(), SourceText.firstLine(list.get()));
        Lines trailing = new Lines(SourceText.lastLine(list.get()) + 1, content.to());
        return Optional.of(new Part(heading, titleSource, plain, anchor, SourceText.firstLine(heading), content, kind,
                ItemLayout.LIST, intro, items, trailing));
    }

    /** "- **Name:** text", "- [x] text" or "- text"; nested blocks are the body. */
    private Optional<ItemDraft> listItem(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph first)) {
            return Optional.empty();
        }
        String paragraph = source.of(first);
        Optional<ItemStatus> checkbox = Optional.empty();
        int offset = 0;
        Matcher box = CHECKBOX.matcher(paragraph);
        if (box.find()) {
            checkbox = Optional.of(box.group(1).isBlank() ? ItemStatus.PLANNED : ItemStatus.SHIPPED);
            offset = box.end();
        }
        String title;
        String summary;
        String plainTitle;
        Optional<StrongEmphasis> bold = leadingBold(first, checkbox.isPresent());
        if (bold.isPresent()) {
            int start = bold.get().getSourceSpans().get(0).getInputIndex() - first.getSourceSpans().get(0).getInputIndex();
            String strong = source.of(bold.get());
            String inner = strong.substring(2, strong.length() - 2).strip();
            title = inner.endsWith(":") ? inner.substring(0, inner.length() - 1).strip() : inner;
            String boldText = InlineText.of(bold.get());
            plainTitle = boldText.endsWith(":") ? boldText.substring(0, boldText.length() - 1).strip() : boldText;
            String rest = paragraph.substring(start + strong.length());
            summary = oneLine(SEPARATOR.matcher(rest).replaceFirst(""));
            if (title.isEmpty()) {
                return Optional.empty();
            }
        } else {
            title = oneLine(paragraph.substring(offset));
            summary = "";
            plainTitle = InlineText.ofMarkdown(title);
        }
        if (title.isEmpty() || title.length() > Roadmap.MAX_TITLE_LENGTH) {
            return Optional.empty();
        }
        Node afterFirst = first.getNext();
        Optional<ItemMetadata> metadata = afterFirst instanceof Paragraph p ? ItemMetadata.parse(source.of(p)) : Optional.empty();
        int bodyFrom = metadata.isPresent() ? SourceText.lastLine(afterFirst) + 1 : SourceText.lastLine(first) + 1;
        int indent = first.getSourceSpans().get(0).getColumnIndex();
        return Optional.of(new ItemDraft(SourceText.firstLine(item) + 1, title, plainTitle, null,
                summary, checkbox, new Lines(bodyFrom, SourceText.lastLine(item) + 1), indent, metadata));
    }

    private static Optional<StrongEmphasis> leadingBold(Paragraph paragraph, boolean afterCheckbox) {
        Node first = paragraph.getFirstChild();
        if (afterCheckbox && first instanceof Text text && text.getLiteral().matches("\\[[ xX]\\]\\s*")) {
            first = first.getNext();
        }
        return first instanceof StrongEmphasis strong && !strong.getSourceSpans().isEmpty() ? Optional.of(strong)
                : Optional.empty();
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

    private static String oneLine(String text) {
        return LINE_BREAK.matcher(text).replaceAll(" ").strip();
    }
}
