package dev.roadmap.importer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs work in a transaction (joining the caller's, if any). A bean of its own, so that {@link AllOrNothing}
 * sees the commit's failure, which happens after the work has returned.
 */
@ApplicationScoped
public class InTransaction {

    @Transactional(rollbackOn = Exception.class)
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
