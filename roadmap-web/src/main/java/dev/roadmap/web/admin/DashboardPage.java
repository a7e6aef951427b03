package dev.roadmap.web.admin;

import dev.roadmap.importer.application.OverviewService;
import dev.roadmap.importer.application.OverviewService.Row;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** Backs {@code /admin/}: every roadmap with its draft and published state. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    private OverviewService overview;

    private List<Row> roadmaps;

    public List<Row> getRoadmaps() {
        if (roadmaps == null) {
            roadmaps = overview.rows();
        }
        return roadmaps;
    }

    /** A moment of a row, as the maintainer UI shows moments. */
    public String when(Instant instant) {
        return AdminTime.format(instant);
    }
}
