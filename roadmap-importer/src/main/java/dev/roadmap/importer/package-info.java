/**
 * Markdown in and out of the roadmap model: the reader, the writer, lint, the transactional import and
 * the command line. (The reader and writer arrive with the importer issue; this module is the place.)
 */
package dev.roadmap.importer;
