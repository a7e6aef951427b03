package dev.roadmap.importer;

import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditEntry.Action;
import dev.roadmap.domain.model.audit.AuditTrail;
import dev.roadmap.domain.model.edition.EditionRepository;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.markdown.RoadmapWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Publishes a roadmap's working copy as its next edition, with the canonical Markdown of that moment, and
 * its line in the audit trail, in one transaction.
 */
@ApplicationScoped
public class PublishService {

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

    @Transactional(rollbackOn = Exception.class)
    public Edition publish(Slug slug, String label, String note, String publishedBy) {
        Roadmap roadmap = roadmaps.findBySlug(slug)
                .orElseThrow(() -> new RoadmapRuleViolation("There is no roadmap '" + slug + "' to publish."));
        Edition edition = roadmap.publish(label, note, publishedBy, writer.write(roadmap), clock.instant());
        // The roadmap's version is checked first: a publication that lost a race fails on it, as a concurrent
        // change, before its edition could collide with the winner's number.
        roadmaps.save(roadmap);
        editions.add(edition);
        audit.add(AuditEntry.now(publishedBy, Action.EDITION_PUBLISHED, slug,
                "Edition " + edition.number() + ": " + edition.label()));
        published.fire(new EditionPublished(slug, edition.number(), edition.publishedAt()));
        return edition;
    }

    /** The label an edition gets when nobody gives one: the roadmap's quarter, or its number. */
    public static String defaultLabel(Roadmap roadmap) {
        return roadmap.period().flatMap(period -> period.quarterLabel())
                .or(() -> Optional.of("Edition " + (roadmap.lastEditionNumber() + 1))).orElseThrow();
    }
}
