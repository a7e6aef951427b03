/**
 * Editions: the immutable, numbered snapshots a roadmap publishes (its canonical Markdown, label, note,
 * who and when), and their repository. Only {@code Roadmap.publish} makes one.
 */
package dev.roadmap.domain.model.edition;
