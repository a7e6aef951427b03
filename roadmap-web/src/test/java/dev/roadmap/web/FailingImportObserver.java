package dev.roadmap.web;

import dev.roadmap.importer.application.RoadmapImported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Test-only: makes the next import fail after the roadmap is stored, inside the same transaction. */
@ApplicationScoped
public class FailingImportObserver {

    private static volatile boolean failNext;

    static void failTheNextImport() {
        failNext = true;
    }

    void onImport(@Observes RoadmapImported imported) {
        if (failNext) {
            failNext = false;
            throw new IllegalStateException("Failing the import of " + imported.slug() + " on purpose, half-way.");
        }
    }
}
