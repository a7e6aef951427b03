package dev.roadmap.importer;

import dev.roadmap.importer.markdown.ImportReport;
import java.util.stream.Collectors;

/** A document that cannot become a roadmap; nothing was stored. The message names each problem and its line. */
public class ImportRejected extends RuntimeException {

    private final transient ImportReport report;
    private final boolean tooLarge;

    ImportRejected(String slug, ImportReport report) {
        super("The roadmap '" + slug + "' was not imported: " + report.errors().stream()
                .map(e -> (e.line() > 0 ? "line " + e.line() + ": " : "") + e.message())
                .collect(Collectors.joining("; ")));
        this.report = report;
        this.tooLarge = false;
    }

    ImportRejected(String slug, String problem, boolean tooLarge) {
        super("The roadmap '" + slug + "' was not imported: " + problem);
        this.report = new ImportReport();
        this.report.error(0, problem);
        this.tooLarge = tooLarge;
    }

    public ImportReport report() {
        return report;
    }

    public boolean isTooLarge() {
        return tooLarge;
    }
}
