package dev.roadmap.importer;

import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.markdown.ImportReport;

/** What an import did: made a new roadmap, changed one, or found nothing to change; and what the reader said. */
public record ImportOutcome(Slug slug, boolean created, boolean changed, ImportReport report) {
}
