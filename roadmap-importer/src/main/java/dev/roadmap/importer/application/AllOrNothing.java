package dev.roadmap.importer.application;

import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.persistence.ConcurrentChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * How every use case stores its change: in one transaction, whose failures leave as the application's
 * named ones. A rule the domain refused becomes {@link RoadmapRuleBroken}; a race lost at the database (an
 * optimistic lock, a slug taken meanwhile) becomes {@link DraftChangedMeanwhile} with the use case's own
 * words. A database that cannot be reached becomes {@link DatabaseUnavailable}. Anything else is a fault,
 * and leaves as it came.
 */
@ApplicationScoped
public class AllOrNothing {

    @Inject
    private InTransaction transaction;

    AllOrNothing() {
        // for CDI
    }

    /** With the transaction given, for a test without a container. */
    AllOrNothing(InTransaction transaction) {
        this.transaction = transaction;
    }

    /** Runs the work in one transaction; {@code raceLost} is what to tell whoever lost a race. */
    public <T> T run(String raceLost, Supplier<T> work) {
        try {
            return transaction.run(work);
        } catch (RuntimeException failed) {
            // First the race (a slug taken meanwhile is also a rule of the domain); a use case inside another one
            // already said it in its words, and the outer one says it in its own.
            if (ConcurrentChanges.causedBy(failed)) {
                throw new DraftChangedMeanwhile(raceLost, failed);
            }
            if (failed instanceof RoadmapRuleViolation refused) {
                throw new RoadmapRuleBroken(refused);
            }
            throw DatabaseUnavailable.in(failed).<RuntimeException>map(unavailable -> unavailable).orElse(failed);
        }
    }

    /** Runs work that stores nothing, translating a rule the domain refused. */
    public static <T> T reading(Supplier<T> work) {
        try {
            return work.get();
        } catch (RoadmapRuleViolation refused) {
            throw new RoadmapRuleBroken(refused);
        }
    }
}
