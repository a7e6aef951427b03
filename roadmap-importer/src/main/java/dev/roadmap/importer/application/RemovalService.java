package dev.roadmap.importer.application;

import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditEntry.Action;
import dev.roadmap.domain.model.audit.AuditTrail;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The remove use case: a roadmap goes for good, draft and editions alike, with its line in the audit trail,
 * in one transaction; whoever keeps pages or documents of it is told.
 */
@ApplicationScoped
public class RemovalService {

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<RoadmapRemoved> removed;

    @Inject
    private AllOrNothing allOrNothing;

    /**
     * Removes the roadmap, audited as removed by {@code by} {@code how}.
     *
     * @throws RoadmapNotFound when there is none by that slug (or the text is no slug)
     */
    public void remove(String slug, String by, String how) {
        allOrNothing.run("Someone changed the roadmap '" + slug + "' at the same moment; nothing was removed.", () -> {
            Roadmap roadmap = Drafts.require(roadmaps, slug);
            roadmaps.remove(roadmap);
            audit.add(AuditEntry.now(by, Action.ROADMAP_DELETED, roadmap.slug(), "Removed " + how + ", with its editions"));
            removed.fire(new RoadmapRemoved(roadmap.slug()));
            return roadmap;
        });
    }
}
