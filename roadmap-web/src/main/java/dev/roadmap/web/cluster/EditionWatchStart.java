package dev.roadmap.web.cluster;

import dev.roadmap.web.startup.StartupOrder;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the {@link EditionWatch} on a node of a cluster ({@code roadmap.cluster.enabled}, which the runnable jar's
 * launcher sets), once the schema is migrated and before the first request, so that no page is cached from an
 * edition the watch has not seen.
 */
@ApplicationScoped
public class EditionWatchStart {

    @Inject
    @ConfigProperty(name = "roadmap.cluster.enabled", defaultValue = "false")
    private boolean clustered;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private EditionWatch watch;

    void startInACluster(@Observes @Priority(StartupOrder.EDITION_WATCH) @Initialized(ApplicationScoped.class)
            Object start) {
        if (clustered) {
            watch.start(scheduler);
        }
    }

    @PreDestroy
    void stop() {
        if (clustered) {
            watch.stop();
        }
    }
}
