package dev.roadmap.web.cluster;

import dev.roadmap.importer.application.EditionPublished;
import dev.roadmap.importer.application.RoadmapRemoved;
import dev.roadmap.web.DataGrid;
import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Tells the other nodes of each publication and removal this node made, once it is committed, with Payara's
 * clustered CDI event, and tells this node's caches of theirs ({@link ChangesElsewhere}). The event is a topic of
 * the data grid: fast (milliseconds) but not replayed to a node that was away, which {@link EditionWatch} covers.
 * {@code loopBack} sends it to this node's own applications too: a second application on the node (a public site of
 * its own) hears of the change the same way; here, hearing it again drops nothing that is still current.
 * Sends only on a node of a cluster ({@link DataGrid#clustered()}); where Payara's annotations do not exist (other
 * servers), Java drops them, and the bean is an observer of {@code String} events that nobody fires.
 */
@ApplicationScoped
public class OtherNodes {

    static final String EVENT = "roadmap-site-change";
    private static final Logger LOG = Logger.getLogger(OtherNodes.class.getName());

    @Inject
    @Outbound(eventName = EVENT, loopBack = true)
    private Event<String> toTheCluster;

    @Inject
    private ChangesElsewhere elsewhere;

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionPublished event) {
        send(SiteChange.of(event));
    }

    void removed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoadmapRemoved event) {
        send(SiteChange.of(event));
    }

    private void send(SiteChange change) {
        if (!ChangesElsewhere.relaying() && DataGrid.clustered()) {
            toTheCluster.fire(change.text());
        }
    }

    void received(@Observes @Inbound(eventName = EVENT) String text) {
        SiteChange.read(text).ifPresentOrElse(elsewhere::tell,
                () -> LOG.warning(() -> "A change from another node was not understood: " + text));
    }
}
