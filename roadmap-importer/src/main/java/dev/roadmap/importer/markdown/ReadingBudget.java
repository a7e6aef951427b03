package dev.roadmap.importer.markdown;

import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * How much of a document the reader takes on before it refuses it: what a mebibyte built to be hard would
 * otherwise cost (runs of emphasis and link marks took the parser seconds and half a gigabyte each; a table of
 * 38,000 rows became as many items). The text is measured before it is parsed, the parsed tree before it is
 * read. The defaults are far above any real roadmap (the corpus: 39 KB, lists 5 deep, 418 bullets, 90 table
 * cells, 989 marks) and above {@code GeneratedRoadmaps.pathological()} (lists 40 deep, 23,371 bullets, headings
 * and rows, 20,002 cells, 99,999 marks), which must still read.
 *
 * @param characters   the longest text, as {@link MarkdownBytes#DEFAULT_LIMIT} is the largest upload
 * @param markupMarks  the most emphasis, link, image and code marks ({@code * _ [ ] ! < ` ~}): the parser's
 *                     cost grows fastest with these
 * @param depth        the deepest nesting of lists and block quotes
 * @param blocks       the most list entries, headings and table rows, each of which may become an item
 * @param tableCells   the most table cells, all tables together
 */
public record ReadingBudget(int characters, int markupMarks, int depth, int blocks, int tableCells) {

    public static final ReadingBudget DEFAULT = new ReadingBudget(MarkdownBytes.DEFAULT_LIMIT, 150_000, 100, 30_000,
            30_000);
    private static final String MARKS = "*_[]!<`~";

    public ReadingBudget {
        if (characters <= 0 || markupMarks <= 0 || depth <= 0 || blocks <= 0 || tableCells <= 0) {
            throw new IllegalArgumentException("every part of a reading budget is positive: " + characters + ", "
                    + markupMarks + ", " + depth + ", " + blocks + ", " + tableCells);
        }
    }

    /** Each part the larger of the two: what either budget lets through, this one does. */
    public ReadingBudget widenedTo(ReadingBudget other) {
        return new ReadingBudget(Math.max(characters, other.characters), Math.max(markupMarks, other.markupMarks),
                Math.max(depth, other.depth), Math.max(blocks, other.blocks), Math.max(tableCells, other.tableCells));
    }

    /**
     * How many blocks the parser keeps open at once: enough for lists one level deeper than the budget (a list
     * level is two blocks, the list and its entry), so that level is seen and refused; deeper than that the
     * parser reads the rest as text, which keeps it linear (commonmark's own default is 100).
     */
    int openBlocks() {
        return 2 * (depth + 1) + 2;
    }

    /** What is over the budget in the text itself, said for the report; empty when nothing is. */
    Optional<String> overspentBy(String text) {
        if (text.length() > characters) {
            return Optional.of(String.format("the document is %,d characters long; at most %,d are read",
                    text.length(), characters));
        }
        // One scan per mark: String.indexOf is the JVM's vectorised search, several times a loop over the characters.
        int marks = 0;
        for (int m = 0; m < MARKS.length(); m++) {
            for (int at = text.indexOf(MARKS.charAt(m)); at >= 0; at = text.indexOf(MARKS.charAt(m), at + 1)) {
                marks++;
            }
        }
        return marks <= markupMarks ? Optional.empty() : Optional.of(String.format(
                "the document holds %,d emphasis, link and code marks (* _ [ ] ! < ` ~); at most %,d are read",
                marks, markupMarks));
    }

    /** What is over the budget in the parsed document, said for the report; empty when nothing is. */
    Optional<String> overspentBy(Node document) {
        Shape shape = Shape.of(document);
        if (shape.depth > depth) {
            return Optional.of(String.format("the document nests lists and block quotes more than %,d deep; at most %,d"
                    + " levels are read", depth, depth));
        }
        if (shape.blocks > blocks) {
            return Optional.of(String.format(
                    "the document holds %,d list entries, headings and table rows; at most %,d are read", shape.blocks,
                    blocks));
        }
        if (shape.cells > tableCells) {
            return Optional.of(String.format("the document's tables hold %,d cells; at most %,d are read", shape.cells,
                    tableCells));
        }
        return Optional.empty();
    }

    /**
     * The measures of a parsed document, taken without recursion, so no depth can overflow the stack, and
     * without a stack of its own: the walk climbs back up by the nodes' parents.
     */
    private static final class Shape {

        private int depth;
        private int blocks;
        private int cells;

        static Shape of(Node document) {
            Shape shape = new Shape();
            int depth = 0;
            Node node = document;
            while (node != null) {
                depth += nests(node) ? 1 : 0;
                shape.depth = Math.max(shape.depth, depth);
                shape.blocks += node instanceof ListItem || node instanceof Heading || node instanceof TableRow ? 1 : 0;
                shape.cells += node instanceof TableCell ? 1 : 0;
                if (node.getFirstChild() != null) {
                    node = node.getFirstChild();
                    continue;
                }
                // A leaf: on to the next sibling, climbing out of every node that has none.
                while (node != document && node.getNext() == null) {
                    depth -= nests(node) ? 1 : 0;
                    node = node.getParent();
                }
                if (node == document) {
                    break;
                }
                depth -= nests(node) ? 1 : 0;
                node = node.getNext();
            }
            return shape;
        }

        private static boolean nests(Node node) {
            return node instanceof ListBlock || node instanceof BlockQuote;
        }
    }
}
