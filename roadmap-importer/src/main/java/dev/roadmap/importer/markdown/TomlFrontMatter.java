package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.FrontMatterSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;

/**
 * TOML front matter, as Hugo sites write it, read by tomlj. The lines of everything but the model's own
 * values are kept as written, {@code id} and {@code slug} included, so the writer gives the same TOML back.
 */
final class TomlFrontMatter {

    /** Taken out of the front matter into the model; the writer writes them again. */
    private static final List<String> MODEL_KEYS = List.of("title", "description", "period");
    /** Honoured (they name the roadmap) and kept as written. */
    private static final Set<String> KEPT_KEYS = Set.of("id", "slug");

    private TomlFrontMatter() {
    }

    static FrontMatter read(SourceText source, int closing, ImportReport report) {
        TomlParseResult toml = Toml.parse(FrontMatter.between(source, closing));
        if (toml.hasErrors()) {
            for (TomlParseError error : toml.errors()) {
                report.error(error.position().line() + 1, "the front matter does not parse: " + error.getMessage());
            }
            return FrontMatter.none();
        }
        boolean[] taken = new boolean[closing];
        for (String key : MODEL_KEYS) {
            if (toml.isString(key)) {
                markLinesOf(key, toml, source, closing, taken);
            }
        }
        for (String key : toml.keySet()) {
            if (!MODEL_KEYS.contains(key) && !KEPT_KEYS.contains(key)) {
                report.warn(toml.inputPositionOf(key).line() + 1, "front matter key '" + key
                        + "' is not part of the roadmap model; it is kept as written");
            }
        }
        List<String> extras = new ArrayList<>();
        for (int i = 1; i < closing; i++) {
            if (!taken[i]) {
                extras.add(source.line(i));
            }
        }
        return new FrontMatter(FrontMatterSyntax.TOML, string(toml, "id"), string(toml, "slug"),
                string(toml, "title"), string(toml, "description"), string(toml, "period"),
                String.join("\n", extras).strip(), closing);
    }

    private static Optional<String> string(TomlParseResult toml, String key) {
        return toml.isString(key) ? FrontMatter.text(toml.getString(key)) : Optional.empty();
    }

    /** Marks a top-level string entry's lines: one, or up to the closing quotes of a multi-line string. */
    private static void markLinesOf(String key, TomlParseResult toml, SourceText source, int closing, boolean[] taken) {
        TomlPosition position = toml.inputPositionOf(key);
        int first = position.line();
        String line = source.line(first);
        String value = line.substring(line.indexOf('=') + 1).strip();
        int last = first;
        if (value.startsWith("\"\"\"") || value.startsWith("'''")) {
            String quotes = value.substring(0, 3);
            if (value.indexOf(quotes, 3) < 0) {
                while (last + 1 < closing && !source.line(last + 1).contains(quotes)) {
                    last++;
                }
                last = Math.min(last + 1, closing - 1);
            }
        }
        for (int i = first; i <= last; i++) {
            taken[i] = true;
        }
    }
}
