package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.Area;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.importer.markdown.DocumentOutline.ItemDraft;
import dev.roadmap.importer.markdown.DocumentOutline.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * A bullet as an item: "- **Name:** text" (the bold name is the title, the rest its summary), "- [x] text",
 * "- Area: text" (a short label before a colon is the area), "- Name. Explanation." (the first sentence is
 * the title), with status marks and trailing "[size]" tags taken out of the title. Nested blocks are the body.
 */
final class ListItems {

    private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX])\\]\\s+");
    /** What ends a bold name before its text: "**Name:** text", "**Name** - text", "**Name**. Text". */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(:|\\.(?=\\s)|[-–—](?=\\s))?\\s*");
    private static final Pattern AREA_LABEL = Pattern.compile("^([A-Z][\\w.+/&-]*(?: [\\w.+/&-]+){0,2}):\\s+(\\S.*)$",
            Pattern.DOTALL);
    private static final Pattern TRAILING_TAG = Pattern.compile("\\s+\\[([A-Za-z][\\w-]{0,19})\\]$");
    private static final Pattern LEADING_BOLD = Pattern.compile("^\\*\\*(\\S(?:.*?\\S)?)\\*\\*(.*)$", Pattern.DOTALL);
    private static final Pattern OPENS_A_BLOCK = Pattern.compile("(?:>|#{1,6}(?:\\s|$)|[-+*](?:\\s|$)|\\d{1,9}[.)](?:\\s|$)|```|~~~)");
    private static final int SHORT_TITLE = 160;
    private static final String OPENING = "([";
    private static final String CLOSING = ")]";

    private final SourceText source;

    ListItems(SourceText source) {
        this.source = source;
    }

    /**
     * A bullet that names a group rather than a deliverable: it has a nested list and no link of its own (a
     * tracked item links its issue), such as "* General" or "* Code Generation of Providers".
     */
    boolean isGroupLabel(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph first) || !(first.getNext() instanceof org.commonmark.node.ListBlock)
                || first.getNext().getNext() != null) {
            return false;
        }
        for (Node inline = first.getFirstChild(); inline != null; inline = inline.getNext()) {
            if (inline instanceof org.commonmark.node.Link || inline instanceof StrongEmphasis && inline.getNext() != null
                    || inline instanceof Text text && BareLinks.anyIn(text.getLiteral())) {
                return false;
            }
        }
        return InlineText.of(first).length() <= Area.MAX_LENGTH;
    }

    String labelOf(ListItem item) {
        String label = StatusWords.read(InlineText.of(item.getFirstChild())).title();
        return label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label;
    }

    Optional<ItemDraft> item(ListItem item, String area) {
        if (!(item.getFirstChild() instanceof Paragraph first) || first.getSourceSpans().isEmpty()) {
            return Optional.empty();
        }
        String paragraph = source.of(first);
        Optional<ItemStatus> status = Optional.empty();
        int offset = 0;
        Matcher box = CHECKBOX.matcher(paragraph);
        if (box.find()) {
            status = Optional.of(box.group(1).isBlank() ? ItemStatus.PLANNED : ItemStatus.SHIPPED);
            offset = box.end();
        }
        Node afterFirst = first.getNext();
        Optional<ItemMetadata> metadata = afterFirst instanceof Paragraph p ? ItemMetadata.parse(source.of(p)) : Optional.empty();
        String title;
        String said = "";
        String summary = "";
        List<String> tags = new ArrayList<>();
        Optional<StrongEmphasis> bold = leadingBold(first, status.isPresent());
        boolean boldName = bold.isPresent();
        if (bold.isPresent()) {
            int start = bold.get().getSourceSpans().get(0).getInputIndex() - first.getSourceSpans().get(0).getInputIndex();
            String strong = source.of(bold.get());
            // A bold name may run over two lines; a title is one, as for a bold feature line.
            String inner = DocumentOutline.oneLine(strong.substring(2, strong.length() - 2));
            title = inner.endsWith(":") || inner.endsWith(".") && !inner.endsWith("..")
                    ? inner.substring(0, inner.length() - 1).strip() : inner;
            summary = DocumentOutline.oneLine(SEPARATOR.matcher(paragraph.substring(start + strong.length())).replaceFirst(""));
        } else {
            StatusWords.Marked marked = StatusWords.read(DocumentOutline.oneLine(paragraph.substring(offset)));
            status = marked.status().isPresent() && marked.status().get() == ItemStatus.DROPPED ? marked.status()
                    : status.or(marked::status);
            title = marked.title();
            said = marked.asWritten();
            Matcher leading = LEADING_BOLD.matcher(title);
            boldName = leading.matches();
            if (leading.matches()) {
                // Behind a status mark, "**Name:** text" is still a name and its summary; read as one title, the
                // export ("- **Name:** text") would read back as the other.
                String inner = leading.group(1).strip();
                title = inner.endsWith(":") ? inner.substring(0, inner.length() - 1).strip() : inner;
                summary = DocumentOutline.oneLine(SEPARATOR.matcher(leading.group(2)).replaceFirst(""));
            } else {
                Matcher tag = TRAILING_TAG.matcher(title);
                while (tag.find()) {
                    tags.add(0, tag.group(1));
                    title = title.substring(0, tag.start());
                    tag = TRAILING_TAG.matcher(title);
                }
                Matcher label = AREA_LABEL.matcher(title);
                if (area == null && metadata.flatMap(ItemMetadata::area).isEmpty() && label.matches() && !label.group(1).contains("](")) {
                    area = label.group(1);
                    title = label.group(2).strip();
                }
                int sentence = firstSentenceEnd(title);
                if (sentence > 0) {
                    summary = title.substring(sentence + 1).strip();
                    title = title.substring(0, sentence).strip();
                } else if (title.length() > Roadmap.MAX_TITLE_LENGTH) {
                    int cut = cutAt(title);
                    summary = title.substring(cut + 1);
                    title = title.substring(0, cut);
                }
                if (title.endsWith(".") && !title.endsWith("..")) {
                    title = title.substring(0, title.length() - 1);
                }
            }
        }
        // A title with no word in it ("**:**", a lone mark) names nothing, and a plain one that opens a block
        // ("[ ] >C") would be that block when written as "- >C": either way the bullet stays prose. A bold name
        // ("**+ 9:**") is written back bold, where it opens nothing.
        if (title.isEmpty() || title.length() > Roadmap.MAX_TITLE_LENGTH || title.startsWith("http")) {
            return Optional.empty();
        }
        String plainTitle = InlineText.ofMarkdown(title);
        if (!InlineText.anyWordIn(plainTitle) || !boldName && OPENS_A_BLOCK.matcher(title).lookingAt()
                || listsLinksOnly(item)) {
            return Optional.empty();
        }
        int bodyFrom = metadata.isPresent() ? SourceText.lastLine(afterFirst) + 1 : SourceText.lastLine(first) + 1;
        int indent = first.getSourceSpans().get(0).getColumnIndex();
        if (!tags.isEmpty()) {
            metadata = Optional.of(metadata.orElse(ItemMetadata.NONE).withTags(tags));
        }
        return Optional.of(new ItemDraft(SourceText.firstLine(item) + 1, title, plainTitle, null,
                summary, status, List.of(new Lines(bodyFrom, SourceText.lastLine(item) + 1)), indent, metadata, area, said));
    }

    /** Whether a bullet of the text reads back as an item of just the title and summary: no status or area. */
    static boolean readsAs(String text, String title, String summary) {
        String bullet = "- " + text;
        if (!(HorizonContent.PROBE.parse(bullet).getFirstChild() instanceof org.commonmark.node.ListBlock list)
                || !(list.getFirstChild() instanceof ListItem entry) || entry.getNext() != null) {
            return false;
        }
        return new ListItems(new SourceText(bullet)).item(entry, null)
                .filter(item -> item.titleSource().equals(title) && item.summary().equals(summary) && item.status().isEmpty()
                        && item.area() == null && item.metadata().isEmpty() && item.statusAsWritten().isEmpty())
                .isPresent();
    }

    /** A bullet over a list of bare links ("Source repositories" and its URLs): a pointer, not a feature. */
    private static boolean listsLinksOnly(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph first) || !(first.getNext() instanceof org.commonmark.node.ListBlock list)) {
            return false;
        }
        for (Node entry = list.getFirstChild(); entry != null; entry = entry.getNext()) {
            Node only = entry.getFirstChild() == null ? null : entry.getFirstChild().getFirstChild();
            boolean link = only instanceof org.commonmark.node.Link || only instanceof Text text && BareLinks.isWhole(text.getLiteral());
            if (!link || only.getNext() != null || entry.getFirstChild().getNext() != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the first of several sentences ends: a period before a space and a capital letter, outside
     * brackets and parentheses, not in an abbreviation ("e.g."); -1 when the text is one sentence.
     */
    static int firstSentenceEnd(String text) {
        int depth = 0;
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '.' && depth == 0 && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                    && i >= 3 && text.charAt(i - 2) != '.' && Character.isLetterOrDigit(text.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /** The last space before a short title's length that is outside brackets, where a long text is cut. */
    private static int cutAt(String text) {
        int depth = 0;
        int cut = -1;
        for (int i = 0; i < text.length() && (i < SHORT_TITLE || cut < 0); i++) {
            char c = text.charAt(i);
            depth += OPENING.indexOf(c) >= 0 ? 1 : CLOSING.indexOf(c) >= 0 && depth > 0 ? -1 : 0;
            cut = c == ' ' && depth == 0 ? i : cut;
        }
        return cut < 0 ? text.length() - 1 : cut;
    }

    private static Optional<StrongEmphasis> leadingBold(Paragraph paragraph, boolean afterCheckbox) {
        Node first = paragraph.getFirstChild();
        if (afterCheckbox && first instanceof Text text && text.getLiteral().matches("\\[[ xX]\\]\\s*")) {
            first = first.getNext();
        }
        return first instanceof StrongEmphasis strong && !strong.getSourceSpans().isEmpty() ? Optional.of(strong)
                : Optional.empty();
    }
}
