package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.FrontMatterSyntax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * YAML front matter, read by SnakeYAML, so folded ({@code >}), literal ({@code |}) and multi-line plain
 * values come out whole. The raw lines of the keys the model has no field for are kept for the writer.
 */
final class YamlFrontMatter {

    /** Taken out of the front matter into the model; the writer writes them again. */
    private static final Set<String> MODEL_KEYS = Set.of("id", "title", "description", "period");
    /** Honoured (it names the roadmap) and kept as written. */
    private static final Set<String> KEPT_KEYS = Set.of("slug");
    // DOTALL: a value may hold a line separator (U+2028), which YAML breaks at and a regex would not match.
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z0-9_][A-Za-z0-9_.-]*)\\s*:.*", Pattern.DOTALL);

    /** A parser costs more to make than a page's front matter to parse; one is not safe for two threads. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    });

    private YamlFrontMatter() {
    }

    static FrontMatter read(SourceText source, int closing, ImportReport report) {
        Map<?, ?> data = parse(source, closing, report);
        if (data == null) {
            return FrontMatter.none();
        }
        List<String> extras = new ArrayList<>();
        rawEntries(source, closing).forEach((key, lines) -> {
            if (!MODEL_KEYS.contains(key)) {
                extras.addAll(lines);
            }
            if (!MODEL_KEYS.contains(key) && !KEPT_KEYS.contains(key)) {
                report.warn(lines.firstLine(), "front matter key '" + key
                        + "' is not part of the roadmap model; it is kept as written");
            }
        });
        return new FrontMatter(FrontMatterSyntax.YAML, FrontMatter.text(data.get("id")),
                FrontMatter.text(data.get("slug")), FrontMatter.text(data.get("title")),
                FrontMatter.text(data.get("description")), FrontMatter.text(data.get("period")),
                String.join("\n", extras), closing);
    }

    /** The entries, or {@code null} after reporting why there are none to be had. */
    private static Map<?, ?> parse(SourceText source, int closing, ImportReport report) {
        Object data;
        try {
            data = YAML.get().load(FrontMatter.between(source, closing));
        } catch (MarkedYAMLException broken) {
            // The context is where the broken entry starts ("while scanning a simple key"), the problem where it was noticed.
            var mark = broken.getContextMark() != null ? broken.getContextMark() : broken.getProblemMark();
            int line = mark == null ? 1 : mark.getLine() + 2;
            report.error(line, "the front matter does not parse: " + broken.getProblem());
            return null;
        } catch (YAMLException broken) {
            report.error(1, "the front matter does not parse: " + broken.getMessage());
            return null;
        }
        if (data == null) {
            return Map.of();
        }
        if (!(data instanceof Map<?, ?> entries)) {
            report.error(2, "the front matter does not parse: between the '---' lines every entry must be 'key: value'");
            return null;
        }
        return entries;
    }

    /** An entry's lines, continuation lines included, and the line (1-based) it starts on. */
    private static final class RawEntry extends ArrayList<String> {
        private final int firstLine;

        RawEntry(int firstLine) {
            this.firstLine = firstLine;
        }

        int firstLine() {
            return firstLine;
        }
    }

    /** Top-level keys with their lines, in document order. */
    private static Map<String, RawEntry> rawEntries(SourceText source, int closing) {
        Map<String, RawEntry> entries = new LinkedHashMap<>();
        RawEntry current = null;
        for (int i = 1; i < closing; i++) {
            String line = source.line(i);
            var key = TOP_LEVEL_KEY.matcher(line);
            if (key.matches()) {
                current = new RawEntry(i + 1);
                entries.put(key.group(1), current);
            }
            if (current != null) {
                current.add(line);
            }
        }
        return entries;
    }
}
