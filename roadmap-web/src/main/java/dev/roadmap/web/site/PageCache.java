package dev.roadmap.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import dev.roadmap.importer.application.EditionPublished;
import dev.roadmap.importer.application.RoadmapRemoved;
import dev.roadmap.web.site.SiteCaches.Share;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The public pages of each roadmap's newest edition, and the home page, as bytes. Which edition is newest is learnt once
 * from the database and then from {@link EditionPublished} events, so serving a cached page asks the
 * database nothing. The pages kept weigh at most their share of {@link SiteCaches}' bound; one pushed out is
 * rendered again when it is next asked for.
 */
@ApplicationScoped
public class PageCache {

    /** An edition's number and publication time: all a request needs to find and validate its page. */
    record EditionStamp(int number, long publishedAt) {
    }

    // One small stamp per published roadmap: as many as the database holds, so it needs no bound.
    private final Map<String, EditionStamp> newestEdition = new ConcurrentHashMap<>();
    private final AtomicInteger publications = new AtomicInteger();
    private Cache<String, CachedPage> pages;

    @Inject
    private PublishedRoadmaps published;

    @Inject
    private SiteCaches caches;

    @PostConstruct
    void createCache() {
        pages = caches.cache(Share.PAGES, PageCache::bytes);
    }

    /** A page weighs its key, both of its bodies and its tag. */
    static long bytes(String key, CachedPage page) {
        return SiteCaches.bytesOf(key) + page.body().length + page.gzipped().length + SiteCaches.bytesOf(page.etag());
    }

    /** The newest edition, or empty for an unknown or never published roadmap. */
    Optional<EditionStamp> newestEditionOf(String slug) {
        EditionStamp known = newestEdition.get(slug);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<EditionStamp> stamp = published.latestEdition(slug)
                .map(e -> new EditionStamp(e.number(), e.publishedAt().toEpochMilli()));
        stamp.ifPresent(s -> newestEdition.merge(slug, s, PageCache::newer));
        return stamp;
    }

    private static EditionStamp newer(EditionStamp a, EditionStamp b) {
        return a.number() >= b.number() ? a : b;
    }

    /** The cached page for a roadmap's edition and page name, rendered by {@code render} the first time. */
    CachedPage page(String slug, int edition, String name, Supplier<CachedPage> render) {
        return page(key(slug, edition, name), render);
    }

    /**
     * The page of the roadmap's newest edition known here, if it is cached: asks the database nothing and renders
     * nothing, so a caller without a request context of the portal's ({@link EdgeEntrance}) may ask it.
     */
    Optional<CachedPage> cachedPage(String slug, String name) {
        EditionStamp known = newestEdition.get(slug);
        return known == null ? Optional.empty()
                : Optional.ofNullable(pages.getIfPresent(key(slug, known.number(), name)));
    }

    private static String key(String slug, int edition, String name) {
        return slug + "@" + edition + "/" + name;
    }

    private CachedPage page(String key, Supplier<CachedPage> render) {
        CachedPage page = pages.getIfPresent(key);
        if (page == null) {
            int before = publications.get();
            page = render.get();
            // A page rendered while an edition was being published may show the old state: serve it once.
            if (page != null && publications.get() == before) {
                pages.put(key, page);
                if (publications.get() != before) {
                    pages.asMap().remove(key, page);
                }
            }
        }
        return page;
    }

    /** A page about every roadmap (the home page), rendered by {@code render} on its first request after each publication. */
    CachedPage sitePage(String name, Supplier<CachedPage> render) {
        return page("/" + name, render);
    }

    void editionPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionPublished event) {
        publications.incrementAndGet();
        newestEdition.merge(event.slug().value(),
                new EditionStamp(event.number(), event.publishedAt().toEpochMilli()), PageCache::newer);
        pages.asMap().keySet().removeIf(key -> key.startsWith("/") || key.startsWith(event.slug().value() + "@")
                && !key.startsWith(event.slug().value() + "@" + event.number() + "/"));
    }

    void roadmapRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoadmapRemoved event) {
        publications.incrementAndGet();
        newestEdition.remove(event.slug().value());
        pages.asMap().keySet().removeIf(key -> key.startsWith("/") || key.startsWith(event.slug().value() + "@"));
    }
}
