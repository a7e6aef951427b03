/**
 * The application layer: one service per use case, which every entry point calls (the maintainer pages,
 * the JSON API, the start-up import), and nothing else does these things.
 * <ul>
 *   <li>{@link dev.roadmap.importer.application.ImportService}: import a document into the draft (with its
 *       preview);</li>
 *   <li>{@link dev.roadmap.importer.application.PublishService}: publish the draft as the next edition (with
 *       what it would change);</li>
 *   <li>{@link dev.roadmap.importer.application.ImportAndPublishService}: both in one transaction, by one rule
 *       ({@link dev.roadmap.importer.application.DraftState});</li>
 *   <li>{@link dev.roadmap.importer.application.DraftEditingService}: edit the draft;</li>
 *   <li>{@link dev.roadmap.importer.application.RevertService}: put the draft back to an edition;</li>
 *   <li>{@link dev.roadmap.importer.application.RemovalService}: remove a roadmap;</li>
 *   <li>{@link dev.roadmap.importer.application.PublishedRoadmapService}: read what is published;</li>
 *   <li>{@link dev.roadmap.importer.application.OverviewService}: the maintainers' overview of every draft.</li>
 * </ul>
 * Each change is one transaction with its lines in the audit trail ({@link
 * dev.roadmap.importer.application.AllOrNothing}). A use case that does not happen says why with one of
 * the named {@link dev.roadmap.importer.application.ApplicationFailure}s: {@code RoadmapNotFound},
 * {@code DraftChangedMeanwhile}, {@code RoadmapRuleBroken}, {@code DocumentNotReadable}. The events here
 * ({@code RoadmapImported}, {@code EditionPublished}, {@code RoadmapRemoved}) tell the web layer's caches.
 */
package dev.roadmap.importer.application;
