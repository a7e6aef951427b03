package dev.roadmap.web;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.application.ImportService;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Test-only: stages a race. An import of a roadmap whose slug starts with {@value #PREFIX} waits, once it has
 * read the roadmap, until a second import has read it too; then both go on to store what they read, and one
 * must lose. Without a partner it goes on alone after a while.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class RacingImports implements RoadmapRepository {

    static final String PREFIX = "race-";

    private static final CyclicBarrier BOTH_HAVE_READ = new CyclicBarrier(2);

    @Inject
    @Delegate
    @Any
    private RoadmapRepository stored;

    @Override
    public Optional<Roadmap> findBySlug(Slug slug) {
        Optional<Roadmap> found = stored.findBySlug(slug);
        if (slug.value().startsWith(PREFIX) && readByAnImport()) {
            waitForTheOtherImport();
        }
        return found;
    }

    // Only the import's own read is held: the same call also serves publishing and the public pages.
    private static boolean readByAnImport() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                frame -> frame.getClassName().startsWith(ImportService.class.getName())));
    }

    private static void waitForTheOtherImport() {
        try {
            BOTH_HAVE_READ.await(20, TimeUnit.SECONDS);
        } catch (TimeoutException | BrokenBarrierException alone) {
            BOTH_HAVE_READ.reset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
