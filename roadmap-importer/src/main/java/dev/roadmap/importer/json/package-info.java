/** The roadmap as JSON, in the field names the command line's {@code parse} and the REST API share. */
package dev.roadmap.importer.json;
