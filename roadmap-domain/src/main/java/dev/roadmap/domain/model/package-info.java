/**
 * The domain model, one package per aggregate: {@code roadmap} (the {@code Roadmap} with its horizons, items
 * and sections, and the value objects that name them), {@code edition} (the immutable editions published
 * from a roadmap), {@code account}, {@code token} (API tokens) and {@code audit} (the audit trail).
 * {@code shared} holds what every aggregate uses: the persistent base class, the {@code Slug} and the time
 * converter. Each aggregate's repository interface sits beside it; the JPA implementations are in
 * {@code dev.roadmap.domain.persistence}.
 */
package dev.roadmap.domain.model;
