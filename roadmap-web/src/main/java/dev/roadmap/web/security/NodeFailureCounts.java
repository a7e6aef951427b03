package dev.roadmap.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** The counts in this node's memory: a single node's, and every node's when there is no data grid. */
final class NodeFailureCounts implements FailureCounts {

    private final Cache<String, String> counts;

    NodeFailureCounts(Clock clock) {
        // Upkeep on the calling thread and time from the clock: no thread of its own, and tests can move time.
        this.counts = Caffeine.newBuilder()
                .executor(Runnable::run)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .maximumSize(LoginThrottle.MOST_REMEMBERED)
                .expireAfterWrite(LoginThrottle.REMEMBERED_FOR)
                .build();
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(counts.getIfPresent(key));
    }

    @Override
    public void update(String key, UnaryOperator<Optional<String>> change) {
        counts.asMap().compute(key, (k, known) -> change.apply(Optional.ofNullable(known)).orElse(null));
    }

    @Override
    public void forget(String key) {
        counts.invalidate(key);
    }

    long size() {
        counts.cleanUp();
        return counts.estimatedSize();
    }
}
