package dev.roadmap.web;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.application.ImportService;
import dev.roadmap.importer.application.PublishService;
import dev.roadmap.web.startup.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * For the browser walk only: a second roadmap published twice, so the walk has a diff and an item history
 * to see. Edition 2 puts Search under way with tags, rewrites a sentence of it and adds an item.
 */
@ApplicationScoped
public class TwoEditionRoadmap {

    static final String SLUG = "backstage-next";
    static final String TITLE = "Backstage, next quarter";

    @Inject
    private ImportService imports;

    @Inject
    private PublishService publishing;

    @Inject
    private RoadmapRepository roadmaps;

    void publishTwoEditions(@Observes @Priority(StartupOrder.IMPORT + 1) @Initialized(ApplicationScoped.class)
            Object start) {
        if (roadmaps.findBySlug(Slug.of(SLUG)).map(Roadmap::lastEditionNumber).orElse(0) >= 2) {
            return;
        }
        String first = demo().replace("title: Roadmap", "title: " + TITLE);
        String second = first
                .replace("### Backstage Search 1.0\n", "### Backstage Search 1.0\n\n**Status:** In progress\n**Tags:** search, ux\n")
                .replace("Fix the few remaining issues", "Fix the last issues")
                .replace("### TechDocs Addon Framework\n", "### Plugin marketplace\n\nFind and install plugins from the portal.\n\n"
                        + "### TechDocs Addon Framework\n");
        imports.importRoadmap(SLUG, first.getBytes(StandardCharsets.UTF_8), "test", "in a test");
        publishing.publish(Slug.of(SLUG), "2022-Q2", "The plan for the quarter", "maintainers");
        imports.importRoadmap(SLUG, second.getBytes(StandardCharsets.UTF_8), "test", "in a test");
        publishing.publish(Slug.of(SLUG), "2022-Q2, revised", "Search is under way", "maintainers");
    }

    private static String demo() {
        try (InputStream in = TwoEditionRoadmap.class.getResourceAsStream("/demo/backstage.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
