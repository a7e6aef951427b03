package dev.roadmap.importer.application;

import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.markdown.ImportReport;

/** What an import did: made a new roadmap, changed one, or found nothing to change; and what the reader said. */
public record ImportOutcome(Slug slug, boolean created, boolean changed, ImportReport report) {
}
