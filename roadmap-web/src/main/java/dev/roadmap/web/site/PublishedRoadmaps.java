package dev.roadmap.web.site;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.edition.EditionRepository;
import dev.roadmap.domain.model.roadmap.Horizon;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.model.roadmap.Section;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.RoadmapRemoved;
import dev.roadmap.importer.markdown.InlineText;
import dev.roadmap.importer.markdown.RoadmapReader;
import dev.roadmap.importer.markdown.RoadmapWriter;
import dev.roadmap.web.site.RoadmapDocument.Item;
import dev.roadmap.web.site.RoadmapDocument.Part;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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
 * changes, so its model and its rendered document are kept by roadmap and edition number and built once.
 */
@ApplicationScoped
public class PublishedRoadmaps {

    private final RoadmapReader reader = new RoadmapReader();
    private final MarkdownHtml html = new MarkdownHtml();
    private final Map<String, RoadmapDocument> rendered = new ConcurrentHashMap<>();
    private final Map<String, Roadmap> models = new ConcurrentHashMap<>();

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private EditionRepository editions;

    /** The newest edition of the roadmap, rendered; empty for an unknown or never published roadmap. */
    @Transactional
    public Optional<RoadmapDocument> latest(String slug) {
        return latestEdition(slug).map(edition -> rendered(slug, edition));
    }

    /** One edition of the roadmap, rendered as it was; empty when there is no such edition. */
    @Transactional
    public Optional<RoadmapDocument> document(String slug, int number) {
        return edition(slug, number).map(edition -> rendered(slug, edition));
    }

    /** The newest edition as stored: its canonical Markdown, number, label and date. */
    @Transactional
    public Optional<Edition> latestEdition(String slug) {
        return published(slug).flatMap(editions::latest);
    }

    /** One edition of a published roadmap, as stored. */
    @Transactional
    public Optional<Edition> edition(String slug, int number) {
        return published(slug).flatMap(r -> editions.find(r, number));
    }

    /** A published roadmap's editions, newest first; empty for an unknown or unpublished roadmap. */
    @Transactional
    public List<Edition> editions(String slug) {
        return published(slug).map(editions::findAllOf).orElse(List.of());
    }

    /** Every published roadmap's newest edition, rendered, by title. */
    @Transactional
    public List<RoadmapDocument> all() {
        return roadmaps.findAll().stream().filter(r -> r.lastEditionNumber() > 0)
                .flatMap(r -> editions.latest(r).map(e -> rendered(r.slug().value(), e)).stream())
                .toList();
    }

    /**
     * The model of an edition, read back from its Markdown once, as the API, diffs and item histories use it.
     * Shared between requests, so never changed: its item lookups are built before it is shared.
     */
    public Roadmap model(String slug, Edition edition) {
        return models.computeIfAbsent(slug + "@" + edition.number(), key -> {
            Roadmap roadmap = reader.read(edition.markdown(), slug).roadmap()
                    .orElseThrow(() -> new IllegalStateException("Edition " + edition.number() + " of " + slug
                            + " does not read back; its Markdown is stored as published."));
            roadmap.buildLookups();
            return roadmap;
        });
    }

    private Optional<Roadmap> published(String slug) {
        try {
            return roadmaps.findBySlug(Slug.of(slug)).filter(r -> r.lastEditionNumber() > 0);
        } catch (RoadmapRuleViolation notASlug) {
            return Optional.empty();
        }
    }

    /** An edition's document, rendered the first time it is asked for. */
    private RoadmapDocument rendered(String slug, Edition edition) {
        return rendered.computeIfAbsent(slug + "@" + edition.number(), key -> render(slug, edition));
    }

    private RoadmapDocument render(String slug, Edition edition) {
        Roadmap roadmap = model(slug, edition);
        List<Part> parts = new ArrayList<>();
        List<Section> sections = roadmap.sections();
        addSections(parts, sections, 0, roadmap);
        List<Horizon> horizons = roadmap.horizons();
        for (int i = 0; i < horizons.size(); i++) {
            Horizon horizon = horizons.get(i);
            List<Item> items = roadmap.itemsIn(horizon.key()).stream().map(this::item).toList();
            parts.add(new Part(horizon.key(), InlineText.ofMarkdown(horizon.title()), html.inline(horizon.title()),
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
                s.title().isEmpty() ? null : Anchor.fromHeading(s.title()).value(), InlineText.ofMarkdown(s.title()),
                html.inline(s.title()),
                html.block(RoadmapWriter.withOverviewTable(s.body(), roadmap)), null, List.of())));
    }

    private Item item(RoadmapItem item) {
        return new Item(item.anchor().value(), item.aliases().stream().map(Anchor::value).toList(),
                InlineText.ofMarkdown(item.title()), html.inline(item.title()), html.inline(item.summary()), html.block(item.body()),
                InlineText.ofMarkdown(item.summary() + "\n\n" + item.body()),
                item.status().slug(),
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

    /** A removed roadmap's slug may be used again: what was kept under it must go. */
    void roadmapRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoadmapRemoved event) {
        String prefix = event.slug().value() + "@";
        rendered.keySet().removeIf(key -> key.startsWith(prefix));
        models.keySet().removeIf(key -> key.startsWith(prefix));
    }
}
