package dev.roadmap.importer.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Node;

/**
 * The YAML front matter of a Docusaurus page: {@code id}, {@code title} and {@code description} go into
 * the model; every other key is kept as the author wrote it, lines and all.
 */
record FrontMatter(Optional<String> id, Optional<String> title, Optional<String> description,
                   Optional<String> period, String extras, int lastLine) {

    /** {@code period} is written only for a period the roadmap's prose does not state. */
    static final Set<String> MODEL_KEYS = Set.of("id", "title", "description", "period");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z0-9_][A-Za-z0-9_.-]*)\\s*:.*");
    private static final Pattern DELIMITER = Pattern.compile("^(---|\\.\\.\\.)\\s*$");

    static FrontMatter none() {
        return new FrontMatter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "", -1);
    }

    /** Whether the document opens as if it had front matter. */
    static boolean opensWithDelimiter(SourceText source) {
        return source.lineCount() > 0 && source.line(0).strip().equals("---");
    }

    /**
     * Reads the front matter the parser found. Values come from commonmark's YAML extension; the raw
     * lines of the other keys are kept for the writer.
     */
    static FrontMatter read(Node document, SourceText source, ImportReport report) {
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        document.accept(visitor);
        Map<String, List<String>> data = visitor.getData();
        int closing = closingLine(source);
        for (int i = 1; i < closing; i++) {
            String line = source.line(i);
            boolean continuation = line.isBlank() || line.startsWith(" ") || line.startsWith("\t")
                    || line.startsWith("#") || line.startsWith("- ");
            if (!continuation && !TOP_LEVEL_KEY.matcher(line).matches()) {
                report.error(i + 1, "the front matter does not parse: '" + line.strip() + "' is not a 'key: value' line");
            }
        }
        Map<String, List<String>> rawEntries = rawEntries(source, closing);
        List<String> extras = new ArrayList<>();
        rawEntries.forEach((key, lines) -> {
            if (!MODEL_KEYS.contains(key)) {
                extras.addAll(lines);
                report.warn(lineOf(source, key, closing), "front matter key '" + key
                        + "' is not part of the roadmap model; it is kept as written");
            }
        });
        return new FrontMatter(first(data, "id"), first(data, "title"), first(data, "description"),
                first(data, "period"), String.join("\n", extras), closing);
    }

    private static Optional<String> first(Map<String, List<String>> data, String key) {
        List<String> values = data.get(key);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? Optional.empty()
                : Optional.of(values.get(0).strip());
    }

    private static int closingLine(SourceText source) {
        for (int i = 1; i < source.lineCount(); i++) {
            if (DELIMITER.matcher(source.line(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Top-level keys with their lines, continuation lines included, in document order. */
    private static Map<String, List<String>> rawEntries(SourceText source, int closing) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        List<String> current = null;
        for (int i = 1; i < closing; i++) {
            String line = source.line(i);
            var key = TOP_LEVEL_KEY.matcher(line);
            if (key.matches()) {
                current = new ArrayList<>();
                entries.put(key.group(1), current);
            }
            if (current != null) {
                current.add(line);
            }
        }
        return entries;
    }

    private static int lineOf(SourceText source, String key, int closing) {
        for (int i = 1; i < closing; i++) {
            if (source.line(i).startsWith(key)) {
                return i + 1;
            }
        }
        return 1;
    }
}
