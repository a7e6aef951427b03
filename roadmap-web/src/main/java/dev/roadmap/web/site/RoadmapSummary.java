package dev.roadmap.web.site;

import dev.roadmap.domain.model.HorizonKind;
import dev.roadmap.domain.model.PlanningPeriod;
import dev.roadmap.domain.model.Roadmap;
import java.util.List;

/** What the home page shows of a roadmap: enough to choose it, nothing of its bodies. */
public record RoadmapSummary(String slug, String title, String description, String period,
                             List<HorizonCount> horizons) {

    public record HorizonCount(String title, HorizonKind kind, int items) {
    }

    static RoadmapSummary of(Roadmap roadmap) {
        List<HorizonCount> counts = roadmap.horizons().stream()
                .map(h -> new HorizonCount(h.title(), h.kind(), roadmap.itemsIn(h.key()).size()))
                .toList();
        String period = roadmap.period().map(PlanningPeriod::quarterLabel)
                .flatMap(label -> label.or(() -> roadmap.period().map(PlanningPeriod::text)))
                .orElse("");
        return new RoadmapSummary(roadmap.slug().value(), roadmap.title(), roadmap.description(), period, counts);
    }
}
