package dev.roadmap.importer.application;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.importer.markdown.RoadmapWriter;
import java.util.List;
import java.util.Optional;

/**
 * One published edition as the public reads it: plain immutable values made once from the edition's
 * Markdown, so that any number of requests may share it (an entity, with its lazy lookups, is never shared).
 * Texts are Markdown as stored; the {@code …AsShown} ones have the overview table in place of its marker.
 */
public record PublishedRoadmap(String slug, int edition, String title, String description, Optional<Period> period,
                               String intro, String introAsShown, List<Horizon> horizons, List<Section> sections) {

    /** The planning period as written, and the quarter it names, if it names one ("Q2 2022"). */
    public record Period(String text, Optional<String> quarter) {

        /** The quarter when there is one, else the text. */
        public String shown() {
            return quarter.orElse(text);
        }
    }

    /** A lane of the roadmap with its items, in order. */
    public record Horizon(String key, String title, String intro, String introAsShown, HorizonKind kind,
                          List<Item> items) {
    }

    /** An item: its anchor and the aliases it was known by; the target period as written and its area ("" for none). */
    public record Item(String anchor, List<String> aliases, String title, String summary, String body,
                       ItemStatus status, String target, List<String> tags, String area) {
    }

    /** Free prose, after {@code horizonsBefore} horizons. */
    public record Section(String title, String body, String bodyAsShown, int horizonsBefore) {
    }

    /** The period as a page shows it: its quarter, its text, or "" for none. */
    public String periodShown() {
        return period.map(Period::shown).orElse("");
    }

    /** The read model of {@code roadmap}, the model an edition's Markdown reads back as. */
    static PublishedRoadmap of(Roadmap roadmap, int edition) {
        return new PublishedRoadmap(roadmap.slug().value(), edition, roadmap.title(), roadmap.description(),
                roadmap.period().map(p -> new Period(p.text(), p.quarterLabel())), roadmap.intro(),
                RoadmapWriter.withOverviewTable(roadmap.intro(), roadmap),
                roadmap.horizons().stream().map(h -> new Horizon(h.key(), h.title(), h.intro(),
                        RoadmapWriter.withOverviewTable(h.intro(), roadmap), h.kind(),
                        roadmap.itemsIn(h.key()).stream().map(PublishedRoadmap::item).toList())).toList(),
                roadmap.sections().stream().map(s -> new Section(s.title(), s.body(),
                        RoadmapWriter.withOverviewTable(s.body(), roadmap), s.horizonsBefore())).toList());
    }

    private static Item item(RoadmapItem item) {
        return new Item(item.anchor().value(), item.aliases().stream().map(Anchor::value).toList(), item.title(),
                item.summary(), item.body(), item.status(), item.target().map(PlanningPeriod::text).orElse(""),
                List.copyOf(item.tags()), item.area().orElse(""));
    }
}
