/** The command line for docs-as-code pipelines: lint a roadmap in CI, print its model as JSON, export it. */
package dev.roadmap.importer.cli;
