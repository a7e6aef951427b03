package dev.roadmap.web.site;

import dev.roadmap.domain.model.Anchor;
import dev.roadmap.domain.model.Edition;
import dev.roadmap.domain.model.EditionRepository;
import dev.roadmap.domain.model.Horizon;
import dev.roadmap.domain.model.PlanningPeriod;
import dev.roadmap.domain.model.Roadmap;
import dev.roadmap.domain.model.RoadmapItem;
import dev.roadmap.domain.model.RoadmapRepository;
import dev.roadmap.domain.model.Section;
import dev.roadmap.domain.model.Slug;
import dev.roadmap.importer.markdown.RoadmapReader;
import dev.roadmap.importer.markdown.RoadmapWriter;
import dev.roadmap.web.site.RoadmapDocument.Item;
import dev.roadmap.web.site.RoadmapDocument.Part;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the public sees: the newest published edition of a roadmap, never the draft. An edition never
 * changes, so its rendered document is kept by roadmap and edition number and built once.
 */
@ApplicationScoped
public class PublishedRoadmaps {

    private final RoadmapReader reader = new RoadmapReader();
    private final MarkdownHtml html = new MarkdownHtml();
    private final Map<String, RoadmapDocument> rendered = new ConcurrentHashMap<>();

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private EditionRepository editions;

    /** The newest edition of the roadmap, rendered; empty for an unknown or never published roadmap. */
    @Transactional
    public Optional<RoadmapDocument> latest(String slug) {
        Optional<Roadmap> roadmap;
        try {
            roadmap = roadmaps.findBySlug(Slug.of(slug));
        } catch (dev.roadmap.domain.model.RoadmapRuleViolation notASlug) {
            return Optional.empty();
        }
        return roadmap.filter(r -> r.lastEditionNumber() > 0)
                .flatMap(r -> editions.find(r, r.lastEditionNumber()))
                .map(edition -> rendered.computeIfAbsent(slug + "@" + edition.number(), key -> render(slug, edition)));
    }

    private RoadmapDocument render(String slug, Edition edition) {
        Roadmap roadmap = reader.read(edition.markdown(), slug).roadmap()
                .orElseThrow(() -> new IllegalStateException("Edition " + edition.number() + " of " + slug
                        + " does not read back; its Markdown is stored as published."));
        List<Part> parts = new ArrayList<>();
        List<Section> sections = roadmap.sections();
        addSections(parts, sections, 0, roadmap);
        List<Horizon> horizons = roadmap.horizons();
        for (int i = 0; i < horizons.size(); i++) {
            Horizon horizon = horizons.get(i);
            List<Item> items = roadmap.itemsIn(horizon.key()).stream().map(this::item).toList();
            parts.add(new Part(horizon.key(), html.inline(horizon.title()),
                    html.block(RoadmapWriter.withOverviewTable(horizon.intro(), roadmap)),
                    horizon.kind().name().toLowerCase(Locale.ROOT), items));
            addSections(parts, sections, i + 1, roadmap);
        }
        return new RoadmapDocument(slug, roadmap.title(), roadmap.description(),
                roadmap.period().map(p -> p.quarterLabel().orElse(p.text())).orElse(""), edition.number(),
                edition.label(), html.block(RoadmapWriter.withOverviewTable(withoutTitleHeading(roadmap), roadmap)),
                List.copyOf(parts));
    }

    private void addSections(List<Part> parts, List<Section> sections, int horizonsBefore, Roadmap roadmap) {
        sections.stream().filter(s -> s.horizonsBefore() == horizonsBefore).forEach(s -> parts.add(new Part(
                s.title().isEmpty() ? null : Anchor.fromHeading(s.title()).value(), html.inline(s.title()),
                html.block(RoadmapWriter.withOverviewTable(s.body(), roadmap)), null, List.of())));
    }

    private Item item(RoadmapItem item) {
        return new Item(item.anchor().value(), item.aliases().stream().map(Anchor::value).toList(),
                html.inline(item.title()), html.inline(item.summary()), html.block(item.body()),
                item.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                item.target().map(PlanningPeriod::text).orElse(""), item.tags());
    }

    /** The page shows the title itself; a '# Title' opening the intro would say it twice. */
    private static String withoutTitleHeading(Roadmap roadmap) {
        String intro = roadmap.intro();
        if (intro.startsWith("# ")) {
            int end = intro.indexOf('\n');
            return end < 0 ? "" : intro.substring(end + 1).strip();
        }
        return intro;
    }
}
