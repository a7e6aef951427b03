/**
 * The JSON API under {@code /api} (described at {@code /openapi}): published roadmaps for anyone, and for
 * editors the docs-as-code calls ({@code PUT} a document, {@code DELETE} a roadmap), each through one use
 * case of {@code dev.roadmap.importer.application}. {@link dev.roadmap.web.api.FailureResponses} answers
 * every failure of a use case, in JSON, in one place. An edition's JSON is built once and served from
 * {@link dev.roadmap.web.api.RoadmapJsonCache} with an ETag.
 */
package dev.roadmap.web.api;
