package dev.roadmap.web.security;

import java.util.Optional;

/** The login throttle's counts shared by every node of a cluster, when this node is in one. */
public interface SharedFailureCounts {

    /** The shared counts; empty on a single node, which keeps them in its own memory. */
    Optional<FailureCounts> counts();
}
