package dev.roadmap.importer.markdown;

import dev.roadmap.importer.markdown.DocumentOutline.Lines;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The document's headings as the reader sees them nested: a heading owns the blocks after it up to the next
 * heading, and the deeper headings up to the next one of its level or higher. Built in one pass.
 */
final class HeadingTree {

    /** One heading: its own blocks, the lines of its whole subtree, its deeper headings. */
    record Branch(Heading heading, List<Node> own, Lines ownLines, Lines whole, List<Branch> children) {

        int level() {
            return heading.getLevel();
        }
    }

    private HeadingTree() {
    }

    /** The top branches of the headings in {@code blocks} (the title heading left out), which end at {@code end}. */
    static List<Branch> of(List<Node> blocks, Heading title, int end) {
        List<Heading> headings = new ArrayList<>();
        for (Node block : blocks) {
            if (block instanceof Heading heading && heading != title) {
                headings.add(heading);
            }
        }
        List<Branch> roots = new ArrayList<>();
        Deque<Branch> open = new ArrayDeque<>();
        int blockAt = 0;
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            int from = SourceText.lastLine(heading) + 1;
            int nextAny = i + 1 < headings.size() ? SourceText.firstLine(headings.get(i + 1)) : end;
            // Only deeper headings are passed over, and a heading has at most five levels above it: linear.
            int wholeEnd = end;
            for (int j = i + 1; j < headings.size(); j++) {
                if (headings.get(j).getLevel() <= heading.getLevel()) {
                    wholeEnd = SourceText.firstLine(headings.get(j));
                    break;
                }
            }
            List<Node> own = new ArrayList<>();
            while (blockAt < blocks.size() && SourceText.firstLine(blocks.get(blockAt)) < nextAny) {
                Node block = blocks.get(blockAt++);
                if (block != heading && block != title && SourceText.firstLine(block) >= from) {
                    own.add(block);
                }
            }
            Branch branch = new Branch(heading, own, new Lines(from, nextAny),
                    new Lines(SourceText.firstLine(heading), wholeEnd), new ArrayList<>());
            while (!open.isEmpty() && open.peek().level() >= heading.getLevel()) {
                open.pop();
            }
            (open.isEmpty() ? roots : open.peek().children()).add(branch);
            open.push(branch);
        }
        return roots;
    }
}
