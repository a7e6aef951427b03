package dev.roadmap.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The published roadmaps, as the home page lists them; drafts never appear. */
@ApplicationScoped
public class RoadmapDirectory {

    @Inject
    private PublishedRoadmaps published;

    public List<RoadmapSummary> list() {
        return published.all().stream().map(RoadmapSummary::of).toList();
    }
}
