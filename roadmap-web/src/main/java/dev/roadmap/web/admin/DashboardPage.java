package dev.roadmap.web.admin;

import dev.roadmap.web.admin.RoadmapOverview.Row;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code /admin/}: every roadmap with its draft and published state. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    private RoadmapOverview overview;

    private List<Row> roadmaps;

    public List<Row> getRoadmaps() {
        if (roadmaps == null) {
            roadmaps = overview.rows();
        }
        return roadmaps;
    }
}
