package dev.roadmap.domain.persistence;

import dev.roadmap.domain.model.roadmap.DuplicateSlugException;
import jakarta.persistence.OptimisticLockException;

/** Tells a failed change that lost a race (another change was stored first) from any other failure. */
public final class ConcurrentChanges {

    private ConcurrentChanges() {
    }

    /** Whether the failure, or anything that caused it, is an optimistic-lock failure or a slug taken meanwhile. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof DuplicateSlugException) {
                return true;
            }
        }
        return false;
    }
}
