package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.FrontMatterSyntax;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page's front matter: YAML between {@code ---} lines (Docusaurus, Jekyll) or TOML between {@code +++}
 * lines (Hugo). {@code title}, {@code description} and {@code period} go into the model, {@code id} and
 * {@code slug} name the roadmap; every other key is kept as the author wrote it, lines and all, to be written
 * back in the same language.
 */
record FrontMatter(FrontMatterSyntax syntax, Optional<String> id, Optional<String> slug, Optional<String> title,
                   Optional<String> description, Optional<String> period, String extras, int lastLine) {

    private static final Pattern YAML_DELIMITER = Pattern.compile("^(---|\\.\\.\\.)\\s*$");
    private static final Pattern TOML_DELIMITER = Pattern.compile("^\\+\\+\\+\\s*$");

    static FrontMatter none() {
        return new FrontMatter(FrontMatterSyntax.YAML, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "", -1);
    }

    /** The front matter the document opens with, or {@link #none()}; what does not parse is reported as an error. */
    static FrontMatter read(String text, ImportReport report) {
        int firstBreak = text.indexOf('\n');
        String opening = (firstBreak < 0 ? text : text.substring(0, firstBreak)).strip();
        boolean yaml = opening.equals("---");
        if (!yaml && !opening.equals("+++") || firstBreak < 0) {
            return none();
        }
        Pattern delimiter = yaml ? YAML_DELIMITER : TOML_DELIMITER;
        // Line by line to the closing delimiter: only the front matter's own lines are split here, the
        // document's once, for reading it.
        int line = 1;
        for (int start = firstBreak + 1; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (delimiter.matcher(text.substring(start, end)).matches()) {
                SourceText head = new SourceText(text.substring(0, end));
                return yaml ? YamlFrontMatter.read(head, line, report) : TomlFrontMatter.read(head, line, report);
            }
            start = end + 1;
        }
        return none();
    }

    /** The document with the front matter's lines left empty, so every other line keeps its number. */
    String withoutItself(String text) {
        if (lastLine < 0) {
            return text;
        }
        int cut = 0;
        for (int line = 0; line <= lastLine; line++) {
            cut = text.indexOf('\n', cut) + 1;
        }
        return "\n".repeat(lastLine + 1) + (cut == 0 ? "" : text.substring(cut));
    }

    /** The value of a front matter entry as one line of text; empty for a blank or missing one. */
    static Optional<String> text(Object value) {
        if (value == null || value instanceof java.util.Map || value instanceof java.util.Collection) {
            return Optional.empty();
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The lines between the delimiters, exactly as written, blank ones included. */
    static String between(SourceText source, int closing) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < closing; i++) {
            text.append(source.line(i)).append('\n');
        }
        return text.toString();
    }
}
