package dev.roadmap.importer.application;

import dev.roadmap.domain.model.shared.Slug;

/**
 * Fired inside the import's transaction once the roadmap is stored, for whatever must happen with it (an
 * audit entry, a cache to drop). An observer that fails undoes the whole import.
 */
public record RoadmapImported(Slug slug, boolean created) {
}
