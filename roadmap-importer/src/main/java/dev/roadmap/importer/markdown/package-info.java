/**
 * Markdown in and out: {@link dev.roadmap.importer.markdown.RoadmapReader} turns a roadmap document into
 * the model plus an {@link dev.roadmap.importer.markdown.ImportReport}; {@link
 * dev.roadmap.importer.markdown.RoadmapWriter} writes the canonical document back. Parsing is done by
 * commonmark-java; the text that ends up in the model is sliced from the source by the parser's source
 * spans, so nothing written is rephrased or lost.
 */
package dev.roadmap.importer.markdown;
