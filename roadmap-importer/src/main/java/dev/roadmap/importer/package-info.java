/**
 * Markdown in and out of the roadmap model. {@link dev.roadmap.importer.ImportService} stores a document
 * as a roadmap in one transaction; the {@code markdown} package reads and writes documents, the
 * {@code json} package shows the model as JSON, and {@code cli} is the command line.
 */
package dev.roadmap.importer;
