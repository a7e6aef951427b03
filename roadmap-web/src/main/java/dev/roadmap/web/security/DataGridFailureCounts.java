package dev.roadmap.web.security;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.map.IMap;
import dev.roadmap.web.DataGrid;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The login throttle's counts in Payara's data grid, one map for the cluster: each node reads and changes the same
 * counts. A change is a compare-and-set on the one entry (retried when another node changed it first), so nothing
 * of the application's runs inside the grid and no lock outlives a node that dies. The map keeps a backup on another
 * member (Hazelcast's default), so the counts survive a node's loss; it forgets an entry a day after its last change
 * and keeps at most {@value #MOST_PER_NODE} per node, the least recently used going first. Made only on a node of a
 * cluster ({@link DataGrid}): elsewhere Hazelcast's classes may not even exist.
 */
final class DataGridFailureCounts implements FailureCounts {

    static final String MAP = "roadmap-login-failures";
    static final int MOST_PER_NODE = 10_000;
    private static final int REMEMBERED_SECONDS = 24 * 60 * 60;

    private final IMap<String, String> counts;

    DataGridFailureCounts(IMap<String, String> counts) {
        this.counts = counts;
    }

    /** The counts in the data grid, on a node of a cluster; empty elsewhere. */
    static Optional<FailureCounts> inTheCluster() {
        return DataGrid.running().map(grid -> {
            // Every node adds the same configuration before the map's first use; Hazelcast takes an identical one again.
            grid.getConfig().addMapConfig(mapConfig());
            return new DataGridFailureCounts(grid.<String, String>getMap(MAP));
        });
    }

    /** How the map forgets: a day after an entry's last change, and the least recently used beyond the bound. */
    static MapConfig mapConfig() {
        return new MapConfig(MAP).setTimeToLiveSeconds(REMEMBERED_SECONDS)
                .setEvictionConfig(new EvictionConfig().setEvictionPolicy(EvictionPolicy.LRU)
                        .setMaxSizePolicy(MaxSizePolicy.PER_NODE).setSize(MOST_PER_NODE));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(counts.get(key));
    }

    @Override
    public void update(String key, UnaryOperator<Optional<String>> change) {
        while (true) {
            String known = counts.get(key);
            Optional<String> next = change.apply(Optional.ofNullable(known));
            if (next.isEmpty()) {
                if (known == null || counts.remove(key, known)) {
                    return;
                }
            } else if (next.get().equals(known)) {
                return;
            } else if (known == null ? counts.putIfAbsent(key, next.get()) == null : counts.replace(key, known, next.get())) {
                return;
            }
        }
    }

    @Override
    public void forget(String key) {
        counts.delete(key);
    }
}
