package dev.roadmap.web.cluster;

import dev.roadmap.importer.application.EditionPublished;
import dev.roadmap.importer.application.PublishedRoadmapService;
import dev.roadmap.importer.application.RoadmapRemoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a second, in a cluster, compares each roadmap's newest edition in the database with the newest this node
 * heard of, and tells the caches of any it missed ({@link ChangesElsewhere}): a clustered event lost, or sent while
 * this node was cut off from the others. One small query ({@code slug, last_edition_number} of the published
 * roadmaps); an edition is read only when one was missed. While the database is away, the check waits for the next
 * second. A single node hears of every change itself and runs no check.
 */
@ApplicationScoped
public class EditionWatch {

    static final long EVERY_MILLIS = 1000;
    private static final Logger LOG = Logger.getLogger(EditionWatch.class.getName());

    /** The newest edition this node knows of, by slug, from its start and from every change it heard of since. */
    private final Map<String, Integer> known = new ConcurrentHashMap<>();
    private final AtomicInteger heard = new AtomicInteger();
    private ScheduledFuture<?> checks;

    @Inject
    private PublishedRoadmapService published;

    @Inject
    private ChangesElsewhere elsewhere;

    /** Takes what the database holds now as known, then checks every second. */
    void start(ManagedScheduledExecutorService scheduler) {
        known.putAll(published.newestEditionNumbers());
        checks = scheduler.scheduleAtFixedRate(this::checkQuietly, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Checking the database for editions published elsewhere every " + EVERY_MILLIS + " ms.");
    }

    void stop() {
        if (checks != null) {
            checks.cancel(false);
        }
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException failed) {
            // The database away, say: the next second checks again (a failure thrown here would end the checks).
            LOG.log(Level.FINE, "The check for editions published elsewhere failed; it runs again in a second", failed);
        }
    }

    /** Tells the caches of every change the database shows that this node did not hear of. */
    void check() {
        int before = heard.get();
        Map<String, Integer> newest = published.newestEditionNumbers();
        if (heard.get() != before) {
            return; // a change was heard while reading: compared at the next check, against both
        }
        newest.forEach((slug, number) -> {
            Integer heardOf = known.get(slug);
            if (heardOf == null || number > heardOf) {
                missed(slug, false);
            } else if (number < heardOf) {
                missed(slug, true); // removed, and made again under the same slug
            }
        });
        for (String slug : Set.copyOf(known.keySet())) {
            if (!newest.containsKey(slug)) {
                LOG.info(() -> "The removal of roadmap '" + slug + "' made elsewhere was caught by the check of the database.");
                elsewhere.tell(new SiteChange(slug, 0, 0));
            }
        }
    }

    private void missed(String slug, boolean removedFirst) {
        if (removedFirst) {
            elsewhere.tell(new SiteChange(slug, 0, 0));
        }
        published.latestEdition(slug).ifPresent(edition -> {
            LOG.info(() -> "Edition " + edition.number() + " of roadmap '" + slug
                    + "', published elsewhere, was caught by the check of the database.");
            elsewhere.tell(new SiteChange(slug, edition.number(), edition.publishedAt().toEpochMilli()));
        });
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionPublished event) {
        heard.incrementAndGet();
        known.merge(event.slug().value(), event.number(), Math::max);
    }

    void removed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoadmapRemoved event) {
        heard.incrementAndGet();
        known.remove(event.slug().value());
    }
}
