package dev.roadmap.importer.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;

/** The words of a piece of Markdown without its markup: what a heading's anchor and a reader see. */
public final class InlineText {

    private static final Parser PLAIN_PARSER = Parser.builder().build();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
            public void visit(SoftLineBreak softLineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                text.append(' ');
            }
        });
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The plain text of an inline Markdown string, such as an item title "[GraphQL](…) support". */
    public static String ofMarkdown(String inlineMarkdown) {
        return of(PLAIN_PARSER.parse(inlineMarkdown));
    }
}
