package dev.roadmap.web.cluster;

import com.hazelcast.core.HazelcastInstance;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's data grid, where it runs: Payara binds its Hazelcast instance in JNDI only when the grid is on. (Asked for
 * by injection instead, Payara logs a warning each time while the grid is off, as on a single node.)
 */
final class DataGrid {

    static final String JNDI_NAME = "payara/Hazelcast";

    private DataGrid() {
    }

    static Optional<HazelcastInstance> running() {
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            return found instanceof HazelcastInstance grid && grid.getLifecycleService().isRunning()
                    ? Optional.of(grid) : Optional.empty();
        } catch (NamingException off) {
            return Optional.empty();
        }
    }
}
