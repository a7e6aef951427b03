package dev.roadmap.importer.application;

import dev.roadmap.importer.markdown.ReadingBudget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The reading budget a deployment sets: {@code roadmap.import.max-bytes}, {@code -marks}, {@code -depth},
 * {@code -blocks} and {@code -table-cells}, each defaulting to {@link ReadingBudget#DEFAULT}'s part. Its text limit
 * is the import's byte limit, so raising {@code roadmap.import.max-bytes} lets a larger document be read too, not
 * only uploaded.
 */
@ApplicationScoped
public class ReadingBudgetSetting {

    @Inject
    private Config config;

    /** Dependent, not application-scoped: a record cannot be proxied, and each reader keeps the one it was given. */
    @Produces
    ReadingBudget budget() {
        ReadingBudget defaults = ReadingBudget.DEFAULT;
        return new ReadingBudget(setting("max-bytes", defaults.characters()),
                setting("max-marks", defaults.markupMarks()), setting("max-depth", defaults.depth()),
                setting("max-blocks", defaults.blocks()), setting("max-table-cells", defaults.tableCells()));
    }

    private int setting(String name, int byDefault) {
        return config.getOptionalValue("roadmap.import." + name, Integer.class).orElse(byDefault);
    }
}
