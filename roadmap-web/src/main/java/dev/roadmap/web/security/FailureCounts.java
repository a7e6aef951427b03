package dev.roadmap.web.security;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where {@link LoginThrottle} keeps its counts, each a line of text under a key ("address:…", "account:…"): in this
 * node's memory, or, in a cluster, in the data grid, so that a guesser gets no fresh tries from another node. The
 * counts are forgotten a day after their last change, and the least used go first beyond a bound.
 */
public interface FailureCounts {

    Optional<String> get(String key);

    /**
     * Replaces the count under {@code key} by what {@code change} makes of it (empty when there is none), as one
     * step: two attempts at once, on one node or two, never both read the same count. {@code change} may be called
     * more than once; the value it returned last is the one kept.
     */
    void update(String key, UnaryOperator<Optional<String>> change);

    void forget(String key);
}
