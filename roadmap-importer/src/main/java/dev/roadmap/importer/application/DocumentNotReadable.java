package dev.roadmap.importer.application;

import dev.roadmap.importer.markdown.ImportReport;
import java.util.stream.Collectors;

/**
 * A document that cannot become a roadmap: no UTF-8 Markdown within the size limit, or a document with
 * errors; nothing was stored. The message names each problem and its line; the report lists them.
 */
public class DocumentNotReadable extends ApplicationFailure {

    private final transient ImportReport report;
    private final String slug;
    private final boolean tooLarge;

    private DocumentNotReadable(String slug, String message, ImportReport report, boolean tooLarge) {
        super(message, null);
        this.slug = slug;
        this.report = report;
        this.tooLarge = tooLarge;
    }

    /** The document was read, and its report has errors. */
    static DocumentNotReadable withErrors(String slug, ImportReport report) {
        return new DocumentNotReadable(slug, "The roadmap '" + slug + "' was not imported: " + report.errors().stream()
                .map(e -> (e.line() > 0 ? "line " + e.line() + ": " : "") + e.message())
                .collect(Collectors.joining("; ")), report, false);
    }

    /** The bytes are no document at all (not UTF-8, binary, empty, too large): said as an import says it. */
    static DocumentNotReadable notImported(String slug, String problem, boolean tooLarge) {
        return new DocumentNotReadable(slug, "The roadmap '" + slug + "' was not imported: " + problem,
                problemReport(problem), tooLarge);
    }

    /** The bytes are no document at all, said as a preview says it: the problem alone. */
    static DocumentNotReadable notPreviewed(String slug, String problem, boolean tooLarge) {
        return new DocumentNotReadable(slug, problem, problemReport(problem), tooLarge);
    }

    private static ImportReport problemReport(String problem) {
        ImportReport report = new ImportReport();
        report.error(0, problem);
        return report;
    }

    public ImportReport report() {
        return report;
    }

    /** The slug the document was sent for, which the report's lines are named after ({@code slug.md}). */
    public String slug() {
        return slug;
    }

    public boolean isTooLarge() {
        return tooLarge;
    }
}
