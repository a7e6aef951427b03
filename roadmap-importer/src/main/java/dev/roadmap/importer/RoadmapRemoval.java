package dev.roadmap.importer;

import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditEntry.Action;
import dev.roadmap.domain.model.audit.AuditTrail;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.shared.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Removes a roadmap, draft and editions alike, with its line in the audit trail, and tells whoever keeps
 * pages or documents of it.
 */
@ApplicationScoped
public class RoadmapRemoval {

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<RoadmapRemoved> removed;

    /** Removes the roadmap, audited as removed by {@code by} {@code how}; false when there is none by that slug. */
    @Transactional(rollbackOn = Exception.class)
    public boolean remove(Slug slug, String by, String how) {
        return roadmaps.findBySlug(slug).map(roadmap -> {
            roadmaps.remove(roadmap);
            audit.add(AuditEntry.now(by, Action.ROADMAP_DELETED, slug, "Removed " + how + ", with its editions"));
            removed.fire(new RoadmapRemoved(slug));
            return true;
        }).orElse(false);
    }
}
