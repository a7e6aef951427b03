package dev.roadmap.importer.application;

import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditEntry.Action;
import dev.roadmap.domain.model.audit.AuditTrail;
import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.edition.EditionRepository;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The revert use case: the draft, as the maintainer saw it, goes back to what an edition published, with
 * its line in the audit trail, in one transaction. Editions never change; only the draft does.
 */
@ApplicationScoped
public class RevertService {

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private EditionRepository editions;

    @Inject
    private PublishedRoadmapService publicView;

    @Inject
    private AuditTrail audit;

    @Inject
    private AllOrNothing allOrNothing;

    public void revert(String slug, long seenVersion, int editionNumber, String by) {
        allOrNothing.run(Drafts.RACE_LOST, () -> {
            Roadmap draft = Drafts.asSeen(roadmaps, slug, seenVersion,
                    "Look at it again before you put it back to an edition.");
            Edition edition = editions.find(draft, editionNumber)
                    .orElseThrow(() -> new RoadmapNotFound("The roadmap has no edition " + editionNumber + "."));
            draft.replaceContentWith(publicView.model(slug, edition));
            roadmaps.save(draft);
            audit.add(AuditEntry.now(by, Action.DRAFT_REVERTED, draft.slug(), "To edition " + editionNumber));
            return draft;
        });
    }
}
