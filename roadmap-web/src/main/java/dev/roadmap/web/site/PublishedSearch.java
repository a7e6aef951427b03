package dev.roadmap.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import dev.roadmap.importer.application.EditionPublished;
import dev.roadmap.importer.application.RoadmapRemoved;
import dev.roadmap.web.site.RoadmapDocument.Item;
import dev.roadmap.web.site.RoadmapDocument.Part;
import dev.roadmap.web.site.SiteCaches.Share;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Search through the items of every roadmap's newest edition: an item is a hit when each word of the query
 * is in its title, text or tags; hits in titles come first. The index is the rendered documents' text,
 * built once and again after each publication, so a search asks the database nothing. It is kept while it weighs
 * no more than its share of {@link SiteCaches}' bound; a larger one is built for each search instead.
 */
@ApplicationScoped
public class PublishedSearch {

    /** A hit: where the item is, and its title and a snippet of its text with the words marked. */
    public record Hit(RoadmapDocument roadmap, Part horizon, Item item, Highlighted title, Highlighted snippet) {
    }

    /** The first hits, best first, and how many there are in all. */
    public record Results(List<Hit> hits, int total) {
    }

    private record Entry(RoadmapDocument roadmap, Part horizon, Item item, String title, String text, String tags) {

        int score(List<String> terms) {
            int score = 0;
            for (String term : terms) {
                int inTerm = (title.contains(term) ? 4 : 0) + (tags.contains(term) ? 2 : 0) + (text.contains(term) ? 1 : 0);
                if (inTerm == 0) {
                    return 0;
                }
                score += inTerm;
            }
            return score;
        }

        /** Its lower-case copies, and about as much again for the item's own text it keeps from being let go. */
        long bytes() {
            return 2 * (SiteCaches.bytesOf(title) + SiteCaches.bytesOf(text) + SiteCaches.bytesOf(tags));
        }
    }

    private static final int SNIPPET_WIDTH = 220;
    private static final String INDEX = "index";

    @Inject
    private PublishedRoadmaps published;

    @Inject
    private SiteCaches caches;

    private final AtomicInteger publications = new AtomicInteger();
    private Cache<String, List<Entry>> index;

    @PostConstruct
    void createCache() {
        index = caches.cache(Share.SEARCH, (key, entries) -> entries.stream().mapToLong(Entry::bytes).sum());
    }

    public Results search(SearchQuery query, int limit) {
        if (query.isEmpty()) {
            return new Results(List.of(), 0);
        }
        List<String> terms = query.terms();
        record Scored(Entry entry, int score) {
        }
        List<Scored> found = new ArrayList<>();
        for (Entry entry : index()) {
            int score = entry.score(terms);
            if (score > 0) {
                found.add(new Scored(entry, score));
            }
        }
        found.sort(Comparator.comparingInt(Scored::score).reversed());
        List<Hit> hits = found.stream().limit(limit).map(Scored::entry).map(e -> new Hit(e.roadmap(), e.horizon(), e.item(),
                Highlighted.of(e.item().plainTitle(), terms), Highlighted.snippet(e.item().plainText(), terms, SNIPPET_WIDTH)))
                .toList();
        return new Results(hits, found.size());
    }

    private List<Entry> index() {
        List<Entry> known = index.getIfPresent(INDEX);
        if (known != null) {
            return known;
        }
        int before = publications.get();
        List<Entry> built = new ArrayList<>();
        for (RoadmapDocument roadmap : published.all()) {
            for (Part horizon : roadmap.horizons()) {
                for (Item item : horizon.items()) {
                    built.add(new Entry(roadmap, horizon, item, lower(item.plainTitle()), lower(item.plainText()),
                            lower(String.join(" ", item.tags()))));
                }
            }
        }
        // A publication while building may have been missed: then this index serves this search only.
        List<Entry> kept = List.copyOf(built);
        if (publications.get() == before) {
            index.put(INDEX, kept);
            if (publications.get() != before) {
                index.invalidate(INDEX);
            }
        }
        return kept;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    void editionPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionPublished event) {
        publications.incrementAndGet();
        index.invalidate(INDEX);
    }

    void roadmapRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoadmapRemoved event) {
        publications.incrementAndGet();
        index.invalidate(INDEX);
    }
}
