package dev.roadmap.importer.application;

import dev.roadmap.domain.model.shared.Slug;

/** Fired inside the transaction that removes a roadmap; observe it after success to forget what was kept of it. */
public record RoadmapRemoved(Slug slug) {
}
