package dev.roadmap.web.site;

import dev.roadmap.importer.application.DatabaseUnavailable;
import dev.roadmap.importer.application.EditionPublished;
import dev.roadmap.importer.application.RoadmapRemoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The published roadmaps, as the home page lists them; drafts never appear. The list changes only when an
 * edition is published or a roadmap removed, so it is read from the database once after each of those
 * events, not at every render. While the database cannot be reached, the last list read is the answer: the
 * home page goes on being served.
 */
@ApplicationScoped
public class RoadmapDirectory {

    private final AtomicInteger changes = new AtomicInteger();
    /** The list as of the last change, or null when it must be read again. */
    private volatile List<RoadmapSummary> current;
    /** The last list read, kept for an outage. */
    private volatile List<RoadmapSummary> lastRead;

    @Inject
    private PublishedRoadmaps published;

    public List<RoadmapSummary> list() {
        List<RoadmapSummary> known = current;
        if (known != null) {
            return known;
        }
        int before = changes.get();
        List<RoadmapSummary> read;
        try {
            read = published.all().stream().map(RoadmapSummary::of).toList();
        } catch (RuntimeException failed) {
            List<RoadmapSummary> last = lastRead;
            if (last == null || DatabaseUnavailable.in(failed).isEmpty()) {
                throw failed;
            }
            return last;
        }
        lastRead = read;
        // A list read while an edition was being published may miss it: answered once, not kept.
        synchronized (changes) {
            if (changes.get() == before) {
                current = read;
            }
        }
        return read;
    }

    void editionPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionPublished event) {
        changed();
    }

    void roadmapRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoadmapRemoved event) {
        changed();
    }

    private void changed() {
        synchronized (changes) {
            changes.incrementAndGet();
            current = null;
        }
    }
}
