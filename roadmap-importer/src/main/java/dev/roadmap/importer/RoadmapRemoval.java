package dev.roadmap.importer;

import dev.roadmap.domain.model.RoadmapRepository;
import dev.roadmap.domain.model.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Removes a roadmap, draft and editions alike, and tells whoever keeps pages or documents of it. */
@ApplicationScoped
public class RoadmapRemoval {

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private Event<RoadmapRemoved> removed;

    /** Removes the roadmap; false when there is none by that slug. */
    @Transactional(rollbackOn = Exception.class)
    public boolean remove(Slug slug) {
        return roadmaps.findBySlug(slug).map(roadmap -> {
            roadmaps.remove(roadmap);
            removed.fire(new RoadmapRemoved(slug));
            return true;
        }).orElse(false);
    }
}
