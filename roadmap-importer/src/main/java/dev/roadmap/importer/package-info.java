/**
 * Markdown in and out of the roadmap model, and what the model's editions say about each other:
 * {@link dev.roadmap.importer.RoadmapChanges} (what changed between two editions) and
 * {@link dev.roadmap.importer.ItemHistory} (one item's life across them). The {@code application} package
 * holds the use cases (import, publish, edit, revert, remove, read what is published); the {@code markdown}
 * package reads and writes documents, the {@code json} package shows the model as JSON, and {@code cli} is
 * the command line, which works on files alone and needs no use case.
 */
package dev.roadmap.importer;
