package dev.roadmap.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.importer.application.EditionPublished;
import dev.roadmap.importer.application.PublishedRoadmap;
import dev.roadmap.importer.application.PublishedRoadmapService;
import dev.roadmap.importer.application.RoadmapRemoved;
import dev.roadmap.importer.markdown.InlineText;
import dev.roadmap.web.rendering.MarkdownHtml;
import dev.roadmap.web.site.RoadmapDocument.Item;
import dev.roadmap.web.site.RoadmapDocument.Part;
import dev.roadmap.web.site.SiteCaches.Share;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the public sees, rendered: the editions the read-what-is-published use case serves, as documents of
 * HTML. An edition never changes, so its rendered document is kept by roadmap and edition number and built once:
 * just after it is published, in the background, so that its first visitor finds it made (reading a 5,000-item
 * edition's Markdown and rendering its items was three fifths of that page's first render).
 */
@ApplicationScoped
public class PublishedRoadmaps {

    private static final Logger LOG = Logger.getLogger(PublishedRoadmaps.class.getName());

    private final MarkdownHtml html = new MarkdownHtml();

    private Cache<String, RoadmapDocument> rendered;

    /** Editions handed to the background and not yet rendered (or given up): what readiness waits for at start. */
    private final AtomicInteger renderingAhead = new AtomicInteger();
    /** Editions rendered in the background since the start, and those whose rendering there failed. */
    private final AtomicInteger renderedAhead = new AtomicInteger();
    private final AtomicInteger failedAhead = new AtomicInteger();

    @Resource
    private ManagedExecutorService background;

    @Inject
    private SiteCaches caches;

    @Inject
    private PublishedRoadmapService published;

    @PostConstruct
    void createCache() {
        rendered = caches.cache(Share.DOCUMENTS, (key, document) -> weight(document));
    }

    /** About what a rendered document holds on the heap: its texts and HTML. */
    static long weight(RoadmapDocument document) {
        long bytes = SiteCaches.bytesOf(document.introHtml()) + SiteCaches.bytesOf(document.description());
        for (Part part : document.parts()) {
            bytes += SiteCaches.bytesOf(part.titleHtml()) + SiteCaches.bytesOf(part.bodyHtml());
            for (Item item : part.items()) {
                bytes += SiteCaches.bytesOf(item.titleHtml()) + SiteCaches.bytesOf(item.summaryHtml())
                        + SiteCaches.bytesOf(item.bodyHtml()) + SiteCaches.bytesOf(item.plainText());
            }
        }
        return bytes;
    }

    /** The newest edition of the roadmap, rendered; empty for an unknown or never published roadmap. */
    public Optional<RoadmapDocument> latest(String slug) {
        return latestEdition(slug).map(edition -> rendered(slug, edition));
    }

    /** One edition of the roadmap, rendered as it was; empty when there is no such edition. */
    public Optional<RoadmapDocument> document(String slug, int number) {
        return edition(slug, number).map(edition -> rendered(slug, edition));
    }

    /** The newest edition as stored: its canonical Markdown, number, label and date. */
    public Optional<Edition> latestEdition(String slug) {
        return published.latestEdition(slug);
    }

    /** One edition of a published roadmap, as stored. */
    public Optional<Edition> edition(String slug, int number) {
        return published.edition(slug, number);
    }

    /** A published roadmap's editions, newest first; empty for an unknown or unpublished roadmap. */
    public List<Edition> editions(String slug) {
        return published.editions(slug);
    }

    /** Every published roadmap's newest edition, rendered, by title. */
    public List<RoadmapDocument> all() {
        return published.latestEditions().entrySet().stream().map(e -> rendered(e.getKey(), e.getValue())).toList();
    }

    /** An edition's document, rendered the first time it is asked for. */
    private RoadmapDocument rendered(String slug, Edition edition) {
        return rendered.get(slug + "@" + edition.number(), key -> render(slug, edition));
    }

    private RoadmapDocument render(String slug, Edition edition) {
        PublishedRoadmap roadmap = published.readModel(slug, edition);
        List<Part> parts = new ArrayList<>();
        addSections(parts, roadmap, 0);
        List<PublishedRoadmap.Horizon> horizons = roadmap.horizons();
        for (int i = 0; i < horizons.size(); i++) {
            PublishedRoadmap.Horizon horizon = horizons.get(i);
            parts.add(new Part(horizon.key(), InlineText.ofMarkdown(horizon.title()), html.inline(horizon.title()),
                    html.block(horizon.introAsShown()), horizon.kind().name().toLowerCase(Locale.ROOT),
                    horizon.items().stream().map(this::item).toList()));
            addSections(parts, roadmap, i + 1);
        }
        return new RoadmapDocument(slug, roadmap.title(), roadmap.description(), roadmap.periodShown(),
                edition.number(), edition.label(), html.block(withoutTitleHeading(roadmap.introAsShown())),
                List.copyOf(parts));
    }

    private void addSections(List<Part> parts, PublishedRoadmap roadmap, int horizonsBefore) {
        roadmap.sections().stream().filter(s -> s.horizonsBefore() == horizonsBefore).forEach(s -> parts.add(new Part(
                s.title().isEmpty() ? null : Anchor.fromHeading(s.title()).value(), InlineText.ofMarkdown(s.title()),
                html.inline(s.title()), html.block(s.bodyAsShown()), null, List.of())));
    }

    private Item item(PublishedRoadmap.Item item) {
        return new Item(item.anchor(), item.aliases(), InlineText.ofMarkdown(item.title()), html.inline(item.title()),
                html.inline(item.summary()), html.block(item.body()),
                InlineText.ofMarkdown(item.summary() + "\n\n" + item.body()), item.status().slug(), item.target(),
                item.tags(), item.area());
    }

    /** The page shows the title itself; a '# Title' opening the intro would say it twice. */
    private static String withoutTitleHeading(String intro) {
        if (intro.startsWith("# ")) {
            int end = intro.indexOf('\n');
            return end < 0 ? "" : intro.substring(end + 1).strip();
        }
        return intro;
    }

    /**
     * A new edition (published here, or elsewhere in a cluster) is rendered at once, off the publishing thread. A
     * request that comes first waits for that same rendering instead of making its own; one that fails here is
     * made again by the first request, which then reports what went wrong.
     */
    void editionPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionPublished event) {
        String slug = event.slug().value();
        int number = event.number();
        renderingAhead.incrementAndGet();
        try {
            background.execute(() -> prepare(slug, number));
        } catch (RejectedExecutionException shuttingDown) {
            renderingAhead.decrementAndGet();
            LOG.log(Level.FINE, "Edition " + number + " of " + slug + " is left to its first request", shuttingDown);
        }
    }

    private void prepare(String slug, int number) {
        long start = System.nanoTime();
        try {
            // Removed again before its turn came, an edition has nothing to render.
            if (document(slug, number).isPresent()) {
                renderedAhead.incrementAndGet();
                LOG.info(() -> String.format("Edition %d of %s rendered in advance in %d ms", number, slug,
                        (System.nanoTime() - start) / 1_000_000));
            }
        } catch (RuntimeException failed) {
            failedAhead.incrementAndGet();
            LOG.log(Level.WARNING, "Edition " + number + " of " + slug
                    + " could not be rendered in advance; its first request tries again", failed);
        } finally {
            renderingAhead.decrementAndGet();
        }
    }

    /** Whether editions published so far are still being rendered in the background. */
    public boolean isRenderingAhead() {
        return renderingAhead.get() > 0;
    }

    /** How many editions have been rendered in the background since the start. */
    public int renderedInAdvance() {
        return renderedAhead.get();
    }

    /** How many editions could not be rendered in the background since the start (each logged as a warning). */
    public int failedInAdvance() {
        return failedAhead.get();
    }

    /** A removed roadmap's slug may be used again: what was kept under it must go. */
    void roadmapRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoadmapRemoved event) {
        String prefix = event.slug().value() + "@";
        rendered.asMap().keySet().removeIf(key -> key.startsWith(prefix));
    }
}
