package dev.roadmap.importer.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.edition.EditionRepository;
import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.importer.ItemHistory;
import dev.roadmap.importer.RoadmapChanges;
import dev.roadmap.importer.markdown.ReadingBudget;
import dev.roadmap.importer.markdown.RoadmapReader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The read-what-is-published use case: the editions of a roadmap the public may see, never the draft.
 * An edition never changes, so its read model ({@link PublishedRoadmap}, immutable, shared by every request)
 * is made from its Markdown once and kept by roadmap and edition number, beside the model it was made from, which
 * an item's history only reads. The use cases that change or copy what they read (a diff, the draft) read the
 * edition into an entity of their own, which no other thread sees.
 */
@ApplicationScoped
public class PublishedRoadmapService {

    private RoadmapReader reader;
    private Cache<String, Weighed> readModels;

    /**
     * An edition was read once, at its import, under the budget of that day: read again under at least the default,
     * so lowering a setting later refuses new imports, never a page that is already out.
     */
    @Inject
    private ReadingBudget budget;

    /** The portal's whole cache bound; the read models take an eighth of it (the web's page caches the rest). */
    @Inject
    @ConfigProperty(name = "roadmap.cache.max-bytes", defaultValue = "67108864")
    long cacheMaxBytes;

    /**
     * A read model, the model it was made from (shared: only read, never changed), and what both weigh, taken from
     * the Markdown they were read from (about three times its size each, counted twice).
     */
    private record Weighed(PublishedRoadmap model, Roadmap roadmap, int bytes) {
    }

    @Inject
    private RoadmapRepository roadmaps;

    @PostConstruct
    void createReaderAndCache() {
        reader = new RoadmapReader(budget.widenedTo(ReadingBudget.DEFAULT));
        readModels = Caffeine.newBuilder().executor(Runnable::run).maximumWeight(cacheMaxBytes / 8)
                .<String, Weighed>weigher((key, weighed) -> weighed.bytes()).build();
    }

    @Inject
    private EditionRepository editions;

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

    /** Every published roadmap's newest edition, by the slug it is published under. */
    @Transactional
    public Map<String, Edition> latestEditions() {
        Map<String, Edition> latest = new LinkedHashMap<>();
        roadmaps.findAll().stream().filter(r -> r.lastEditionNumber() > 0)
                .forEach(r -> editions.latest(r).ifPresent(e -> latest.put(r.slug().value(), e)));
        return latest;
    }

    /** The newest edition's number of every published roadmap, by slug, read in one small query. */
    @Transactional
    public Map<String, Integer> newestEditionNumbers() {
        return editions.newestNumbers();
    }

    /** An edition as the public reads it, made the first time it is asked for. */
    public PublishedRoadmap readModel(String slug, Edition edition) {
        return read(slug, edition).model();
    }

    private Weighed read(String slug, Edition edition) {
        return readModels.get(slug + "@" + edition.number(), key -> {
            Roadmap roadmap = model(slug, edition);
            roadmap.findItem(Anchor.of("x")); // builds its item index now, before other threads share it
            return new Weighed(PublishedRoadmap.of(roadmap, edition.number()), roadmap,
                    (int) Math.min(Integer.MAX_VALUE, 12L * edition.markdown().length()));
        });
    }

    /**
     * The model an edition's Markdown reads back as: a new entity at each call, detached from the database,
     * for the caller alone (to compare, to copy into the draft).
     */
    Roadmap model(String slug, Edition edition) {
        return reader.read(edition.markdown(), slug).roadmap()
                .orElseThrow(() -> new IllegalStateException("Edition " + edition.number() + " of " + slug
                        + " does not read back; its Markdown is stored as published."));
    }

    /** What changed for the public between two editions of a roadmap. */
    public RoadmapChanges changes(String slug, Edition from, Edition to) {
        return RoadmapChanges.between(model(slug, from), model(slug, to));
    }

    /**
     * The life of the item an anchor names across the editions given, oldest first; empty when none has it. Each
     * edition is read once for all its items' pages (it was read again for each, a second a page at 5,000 items).
     */
    public Optional<ItemHistory> history(String slug, Anchor anchor, List<Edition> oldestFirst) {
        return ItemHistory.of(anchor, oldestFirst.stream()
                .map(e -> new ItemHistory.Published(e.number(), read(slug, e).roadmap())).toList());
    }

    private Optional<Roadmap> published(String slug) {
        return Drafts.find(roadmaps, slug).filter(r -> r.lastEditionNumber() > 0);
    }

    /** A removed roadmap's slug may be used again: what was kept under it must go. */
    void roadmapRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoadmapRemoved event) {
        String prefix = event.slug().value() + "@";
        readModels.asMap().keySet().removeIf(key -> key.startsWith(prefix));
    }
}
