package dev.roadmap.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code /}: the roadmaps, read once per request. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private RoadmapDirectory directory;

    private List<RoadmapSummary> roadmaps;

    public List<RoadmapSummary> getRoadmaps() {
        if (roadmaps == null) {
            roadmaps = directory.list();
        }
        return roadmaps;
    }
}
