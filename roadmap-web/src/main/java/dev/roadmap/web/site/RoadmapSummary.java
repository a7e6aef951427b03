package dev.roadmap.web.site;

import java.util.List;

/** What the home page shows of a published roadmap: enough to choose it, nothing of its bodies. */
public record RoadmapSummary(String slug, String title, String description, String period,
                             List<HorizonCount> horizons) {

    public record HorizonCount(String titleHtml, String kind, int items) {
    }

    static RoadmapSummary of(RoadmapDocument document) {
        List<HorizonCount> counts = document.parts().stream().filter(RoadmapDocument.Part::isHorizon)
                .map(p -> new HorizonCount(p.titleHtml(), p.kind(), p.items().size())).toList();
        return new RoadmapSummary(document.slug(), document.title(), document.description(), document.period(), counts);
    }
}
