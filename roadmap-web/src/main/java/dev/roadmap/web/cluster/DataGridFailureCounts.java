package dev.roadmap.web.cluster;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.roadmap.web.security.FailureCounts;
import dev.roadmap.web.security.SharedFailureCounts;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The login throttle's counts in Payara's data grid, one map for the cluster: each node reads and changes the same
 * counts. A change is a compare-and-set on the one entry (retried when another node changed it first), so nothing
 * of the application's runs inside the grid and no lock outlives a node that dies. The map keeps a backup on another
 * member (Hazelcast's default), so the counts survive a node's loss; it forgets an entry a day after its last change
 * and keeps at most {@value #MOST_PER_NODE} per node, the least recently used going first. Added only where Payara
 * runs the portal ({@link PayaraOnly}); used only while its data grid runs, as in a cluster.
 */
public class DataGridFailureCounts implements SharedFailureCounts, FailureCounts {

    static final String MAP = "roadmap-login-failures";
    static final int MOST_PER_NODE = 10_000;
    private static final int REMEMBERED_SECONDS = 24 * 60 * 60;

    private volatile IMap<String, String> counts;

    @Override
    public Optional<FailureCounts> counts() {
        Optional<HazelcastInstance> running = DataGrid.running();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        HazelcastInstance grid = running.get();
        // Every node adds the same configuration before the map's first use; Hazelcast takes an identical one again.
        grid.getConfig().addMapConfig(new MapConfig(MAP).setTimeToLiveSeconds(REMEMBERED_SECONDS)
                .setEvictionConfig(new EvictionConfig().setEvictionPolicy(EvictionPolicy.LRU)
                        .setMaxSizePolicy(MaxSizePolicy.PER_NODE).setSize(MOST_PER_NODE)));
        counts = grid.getMap(MAP);
        return Optional.of(this);
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
