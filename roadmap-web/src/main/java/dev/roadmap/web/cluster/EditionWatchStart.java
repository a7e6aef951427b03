package dev.roadmap.web.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the {@link EditionWatch} on a node of a cluster ({@code roadmap.cluster.enabled}, which the runnable jar's
 * launcher sets), once the schema is migrated and before the first request, so that no page is cached from an
 * edition the watch has not seen.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class EditionWatchStart {

    @Inject
    @ConfigProperty(name = "roadmap.cluster.enabled", defaultValue = "false")
    private boolean clustered;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private EditionWatch watch;

    @PostConstruct
    void startInACluster() {
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
