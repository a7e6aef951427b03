package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import dev.roadmap.domain.model.roadmap.Roadmap;
import java.util.stream.Collectors;

/** Every field of a roadmap that the Markdown carries, as text: equal pictures, equal roadmaps. */
final class RoadmapPicture {

    private RoadmapPicture() {
    }

    static String of(Roadmap roadmap) {
        StringBuilder text = new StringBuilder()
                .append(roadmap.slug()).append('|').append(roadmap.title()).append('|').append(roadmap.description())
                .append("|extras=").append(roadmap.frontMatterExtras()).append("|intro=").append(roadmap.intro())
                .append('|').append(roadmap.period().map(PlanningPeriod::toString).orElse("-")).append('\n');
        roadmap.horizons().forEach(h -> {
            text.append("H ").append(h.key()).append('|').append(h.title()).append('|').append(h.kind())
                    .append('|').append(h.itemLayout()).append("|intro=").append(h.intro()).append('\n');
            roadmap.itemsIn(h.key()).forEach(i -> text.append("  I ").append(i.anchor()).append('|')
                    .append(i.aliases().stream().map(Anchor::value).collect(Collectors.joining(","))).append('|')
                    .append(i.title()).append("|summary=").append(i.summary()).append("|body=").append(i.body())
                    .append('|').append(i.status()).append('|')
                    .append(i.target().map(PlanningPeriod::toString).orElse("-")).append('|')
                    .append(String.join(",", i.tags())).append('\n'));
        });
        roadmap.sections().forEach(s -> text.append("S ").append(s.horizonsBefore()).append('|').append(s.title())
                .append('|').append(s.body()).append('\n'));
        return text.toString();
    }
}
