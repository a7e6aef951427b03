package dev.roadmap.web.cluster;

import dev.roadmap.importer.application.EditionPublished;
import dev.roadmap.importer.application.RoadmapRemoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * A change another node made, told to this node's caches as the same events its own publications fire, so each
 * cache has one way to learn of a change. Fired outside any transaction, the caches' after-success observers run at
 * once, on the calling thread; while they do, {@link #relaying()} is true, so that what is relayed is not sent to
 * the other nodes again.
 */
@ApplicationScoped
public class ChangesElsewhere {

    private static final ThreadLocal<Boolean> RELAYING = ThreadLocal.withInitial(() -> false);

    @Inject
    private Event<EditionPublished> published;

    @Inject
    private Event<RoadmapRemoved> removed;

    void tell(SiteChange change) {
        RELAYING.set(true);
        try {
            if (change.removal()) {
                removed.fire(change.removed());
            } else {
                published.fire(change.publication());
            }
        } finally {
            RELAYING.remove();
        }
    }

    /** Whether the event being observed on this thread is a change made elsewhere. */
    static boolean relaying() {
        return RELAYING.get();
    }
}
