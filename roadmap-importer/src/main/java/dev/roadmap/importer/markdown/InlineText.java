package dev.roadmap.importer.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;

/**
 * The words of a piece of Markdown without its markup, on one line: what a heading's anchor, a card's title
 * and a search see. Link targets and raw HTML are left out.
 */
public final class InlineText {

    private static final Parser PLAIN_PARSER = Parser.builder().build();
    private static final Pattern A_WORD = Pattern.compile("[\\p{L}\\p{N}]");
    /** A line no Markdown rule can change: no markup characters, and no list number or marker to open it. */
    private static final Pattern PLAIN_LINE = Pattern.compile("(?!\\s*(?:\\d+[.)]|[-+]))[\\p{L}\\p{N} ,;:'\"?/%$@.()+-]*");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]\\[]*)\\]\\[[^\\]\\[]+\\]");

    private InlineText() {
    }

    static String of(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                text.append(' ');
            }

            @Override
            public void visit(Heading heading) {
                visitChildren(heading);
                text.append(' ');
            }

            @Override
            public void visit(FencedCodeBlock code) {
                text.append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                text.append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                text.append(' ');
            }
        });
        return oneSpaced(text);
    }

    /**
     * Each run of ASCII whitespace as one space ({@code \s+} replaced by a space), then stripped; by hand, since
     * this runs for every heading, label and cell the reader looks at.
     */
    static String oneSpaced(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString().strip();
    }

    /** Whether Markdown says anything in words: a title of only marks and markup ("**:**", "~") names nothing. */
    static boolean hasWords(String inlineMarkdown) {
        return anyWordIn(ofMarkdown(inlineMarkdown));
    }

    /** Whether plain text holds a letter or a digit. */
    static boolean anyWordIn(String plainText) {
        return A_WORD.matcher(plainText).find();
    }

    private static boolean isPlain(String markdown) {
        return markdown.length() < 1000 && PLAIN_LINE.matcher(markdown).matches();
    }

    /** The plain text of Markdown, such as an item title "[GraphQL](…) support" or an item's body. */
    public static String ofMarkdown(String inlineMarkdown) {
        if (isPlain(inlineMarkdown)) {
            return oneSpaced(inlineMarkdown);
        }
        // A reference link's definition lies elsewhere in its document: alone, "[text][ref]" reads as its text.
        return of(PLAIN_PARSER.parse(REFERENCE_LINK.matcher(inlineMarkdown).replaceAll("$1")));
    }
}
