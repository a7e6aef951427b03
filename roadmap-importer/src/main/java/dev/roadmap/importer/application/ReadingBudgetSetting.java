package dev.roadmap.importer.application;

import dev.roadmap.importer.markdown.MarkdownBytes;
import dev.roadmap.importer.markdown.ReadingBudget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reading budget a deployment sets ({@code roadmap.import.*}), each part defaulting to {@link ReadingBudget#DEFAULT}.
 * Its text limit is the import's byte limit, so raising {@code roadmap.import.max-bytes} lets a larger document
 * be read too, not only uploaded.
 */
@ApplicationScoped
public class ReadingBudgetSetting {

    @Inject
    @ConfigProperty(name = "roadmap.import.max-bytes", defaultValue = "" + MarkdownBytes.DEFAULT_LIMIT)
    int maxBytes;

    @Inject
    @ConfigProperty(name = "roadmap.import.max-marks", defaultValue = "150000")
    int maxMarks;

    @Inject
    @ConfigProperty(name = "roadmap.import.max-depth", defaultValue = "100")
    int maxDepth;

    @Inject
    @ConfigProperty(name = "roadmap.import.max-blocks", defaultValue = "30000")
    int maxBlocks;

    @Inject
    @ConfigProperty(name = "roadmap.import.max-table-cells", defaultValue = "30000")
    int maxTableCells;

    /** Dependent, not application-scoped: a record cannot be proxied, and each reader keeps the one it was given. */
    @Produces
    ReadingBudget budget() {
        return new ReadingBudget(maxBytes, maxMarks, maxDepth, maxBlocks, maxTableCells);
    }
}
