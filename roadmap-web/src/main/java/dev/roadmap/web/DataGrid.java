package dev.roadmap.web;

import com.hazelcast.core.HazelcastInstance;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Payara's data grid, on a node of a cluster. {@code roadmap.cluster.enabled} is set only by the runnable jar's
 * launcher, on Payara Micro, when it turns the grid on; everything that touches Hazelcast asks {@link #clustered()}
 * first, so on a single node and on other servers (where Hazelcast's classes do not exist) none of it runs. The
 * instance is looked up where Payara binds it in JNDI: asked for by injection, Payara warns each time its grid is off.
 */
public final class DataGrid {

    public static final String CLUSTERED = "roadmap.cluster.enabled";
    static final String JNDI_NAME = "payara/Hazelcast";

    private DataGrid() {
    }

    /** Whether this node was started to join a cluster. */
    public static boolean clustered() {
        return ConfigProvider.getConfig().getOptionalValue(CLUSTERED, Boolean.class).orElse(false);
    }

    /** The running data grid of a clustered node; empty elsewhere. */
    public static Optional<HazelcastInstance> running() {
        if (!clustered()) {
            return Optional.empty();
        }
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            return found instanceof HazelcastInstance grid && grid.getLifecycleService().isRunning()
                    ? Optional.of(grid) : Optional.empty();
        } catch (NamingException off) {
            return Optional.empty();
        }
    }
}
