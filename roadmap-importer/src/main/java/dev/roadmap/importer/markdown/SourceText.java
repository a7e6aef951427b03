package dev.roadmap.importer.markdown;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The document's text by line, for slicing out exactly what the author wrote between the positions the
 * parser reports. Line indexes are 0-based here; the report speaks 1-based lines.
 */
final class SourceText {

    private final String text;
    /** A line set to {@code null} was taken out, such as an overview table replaced by its marker. */
    private final String[] lines;

    SourceText(String text) {
        this.text = text;
        this.lines = text.split("\n", -1);
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lines.length;
    }

    String line(int index) {
        return lines[index];
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive), without blank lines at either end. */
    String lines(int from, int to) {
        int start = Math.max(0, from);
        int end = Math.max(start, Math.min(lines.length, to));
        // Taken-out lines count as neither text nor blank: skipped wherever they are.
        while (start < end && (lines[start] == null || lines[start].isBlank())) {
            start++;
        }
        while (end > start && (lines[end - 1] == null || lines[end - 1].isBlank())) {
            end--;
        }
        StringBuilder kept = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (lines[i] != null) {
                kept.append(i == start ? "" : "\n").append(lines[i]);
            }
        }
        return kept.toString();
    }

    /** Puts one line in place of lines {@code from} to {@code toInclusive}. */
    void replace(int from, int toInclusive, String line) {
        for (int i = from; i <= toInclusive; i++) {
            lines[i] = i == from ? line : null;
        }
    }

    /** Like {@link #lines}, with up to {@code indent} leading spaces taken off each line (list item bodies). */
    String dedentedLines(int from, int to, int indent) {
        String block = lines(from, to);
        if (block.isEmpty() || indent == 0) {
            return block;
        }
        StringBuilder out = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            int cut = 0;
            while (cut < indent && cut < line.length() && line.charAt(cut) == ' ') {
                cut++;
            }
            out.append(out.isEmpty() ? "" : "\n").append(line.substring(cut));
        }
        return out.toString();
    }

    /** The exact characters a node was written with. */
    String of(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return text.substring(first.getInputIndex(), last.getInputIndex() + last.getLength());
    }

    static int firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(0).getLineIndex();
    }

    static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(spans.size() - 1).getLineIndex();
    }
}
