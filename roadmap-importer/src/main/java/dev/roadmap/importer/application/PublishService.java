package dev.roadmap.importer.application;

import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditEntry.Action;
import dev.roadmap.domain.model.audit.AuditTrail;
import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.edition.EditionRepository;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.RoadmapChanges;
import dev.roadmap.importer.markdown.RoadmapWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The publish use case: the draft becomes the roadmap's next edition, with the canonical Markdown of that
 * moment, and its line in the audit trail, in one transaction. A maintainer first sees what publishing
 * would change for the public; publishing refuses when the draft moved on since they looked.
 */
@ApplicationScoped
public class PublishService {

    /**
     * What publishing the draft now would change for the public, and the draft (with the version) it was seen
     * at; the roadmap's editions, newest first, any of which the draft can go back to.
     */
    public record PublishPreview(Roadmap draft, List<Edition> editions, RoadmapChanges changes, String defaultLabel) {

        /** The edition the public sees now. */
        public Optional<Edition> last() {
            return editions.stream().findFirst();
        }
    }

    private final RoadmapWriter writer = new RoadmapWriter();
    private final Clock clock = Clock.systemUTC();

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private EditionRepository editions;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<EditionPublished> published;

    @Inject
    private PublishedRoadmapService publicView;

    @Inject
    private AllOrNothing allOrNothing;

    /** What publishing the draft would change, beside every edition; stores nothing. */
    @Transactional
    public PublishPreview preview(String slug) {
        Roadmap draft = Drafts.require(roadmaps, slug);
        List<Edition> all = editions.findAllOf(draft);
        Roadmap before = all.stream().findFirst().map(e -> publicView.model(slug, e))
                .orElse(new Roadmap(draft.slug(), draft.title()));
        return new PublishPreview(draft, all, RoadmapChanges.between(before, draft), defaultLabel(draft));
    }

    /**
     * Publishes the draft as the maintainer saw it: if it changed since (version {@code seenVersion}), nothing
     * is published and they are told to look again.
     */
    public Edition publishAsSeen(String slug, long seenVersion, String label, String note, String by) {
        return allOrNothing.run(Drafts.RACE_LOST, () -> {
            Roadmap draft = Drafts.asSeen(roadmaps, slug, seenVersion, "Look at the changes again before you publish.");
            return publishNow(draft, label, note, by);
        });
    }

    /** Publishes the draft as it stands now, as its next edition. */
    public Edition publish(Slug slug, String label, String note, String publishedBy) {
        return allOrNothing.run(Drafts.RACE_LOST, () -> publishNow(roadmaps.findBySlug(slug)
                .orElseThrow(() -> new RoadmapNotFound("There is no roadmap '" + slug + "' to publish.")),
                label, note, publishedBy));
    }

    private Edition publishNow(Roadmap roadmap, String label, String note, String publishedBy) {
        Edition edition = roadmap.publish(label, note, publishedBy, writer.write(roadmap), clock.instant());
        // The roadmap's version is checked first: a publication that lost a race fails on it, as a concurrent
        // change, before its edition could collide with the winner's number.
        roadmaps.save(roadmap);
        editions.add(edition);
        audit.add(AuditEntry.now(publishedBy, Action.EDITION_PUBLISHED, roadmap.slug(),
                "Edition " + edition.number() + ": " + edition.label()));
        published.fire(new EditionPublished(roadmap.slug(), edition.number(), edition.publishedAt()));
        return edition;
    }

    /** The label an edition gets when nobody gives one: the roadmap's quarter, or its number. */
    public static String defaultLabel(Roadmap roadmap) {
        return roadmap.period().flatMap(period -> period.quarterLabel())
                .or(() -> Optional.of("Edition " + (roadmap.lastEditionNumber() + 1))).orElseThrow();
    }
}
