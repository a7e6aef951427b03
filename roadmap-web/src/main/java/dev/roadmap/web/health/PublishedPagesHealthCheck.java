package dev.roadmap.web.health;

import dev.roadmap.web.site.PublishedRoadmaps;
import dev.roadmap.web.startup.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * A starting portal is ready once the editions its start published are rendered, so that the first visitor a
 * load balancer sends is served from the cache instead of waiting for a large roadmap's rendering on a cold JVM.
 * Only the start counts: once ready, an edition published later (here or on another node, which every node
 * renders at once) never makes the portal unready, or a publication would take a whole cluster out of service.
 */
@Readiness
@ApplicationScoped
public class PublishedPagesHealthCheck implements HealthCheck {

    private static final String NAME = "published-pages";

    @Inject
    private PublishedRoadmaps roadmaps;

    private volatile boolean started;
    private volatile boolean ready;

    void started(@Observes @Priority(StartupOrder.STARTED) @Initialized(ApplicationScoped.class) Object start) {
        started = true;
    }

    @Override
    public HealthCheckResponse call() {
        if (!ready && started && !roadmaps.isRenderingAhead()) {
            ready = true;
        }
        // What was rendered ahead, and what failed to be (its first visitor waits, and the log says why).
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(ready)
                .withData("renderedInAdvance", roadmaps.renderedInAdvance())
                .withData("failedInAdvance", roadmaps.failedInAdvance());
        return ready ? response.build() : response.withData("reason", "rendering the published roadmaps").build();
    }
}
