package dev.roadmap.importer.application;

import dev.roadmap.domain.model.shared.Slug;
import java.time.Instant;

/** Fired inside the publishing transaction; observe it after success to act on the new edition. */
public record EditionPublished(Slug slug, int number, Instant publishedAt) {
}
