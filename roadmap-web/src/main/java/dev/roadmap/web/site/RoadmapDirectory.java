package dev.roadmap.web.site;

import dev.roadmap.domain.model.RoadmapRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The roadmaps the portal holds, as the public site lists them. */
@ApplicationScoped
public class RoadmapDirectory {

    @Inject
    private RoadmapRepository roadmaps;

    /** One read-only transaction, so the summaries can walk each roadmap's horizons and items. */
    @Transactional
    public List<RoadmapSummary> list() {
        return roadmaps.findAll().stream().map(RoadmapSummary::of).toList();
    }
}
