package dev.roadmap.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two throttles on two members of a real Hazelcast cluster (the version inside Payara Micro), in this JVM, on
 * loopback: what one node counts holds on the other. Data-grid ports from 6950.
 */
class SharedLoginThrottleTest {

    private static HazelcastInstance first;
    private static HazelcastInstance second;
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void twoMembers() {
        String name = "throttle-test-" + UUID.randomUUID();
        first = Hazelcast.newHazelcastInstance(member(name));
        second = Hazelcast.newHazelcastInstance(member(name));
    }

    @AfterAll
    static void stop() {
        second.shutdown();
        first.shutdown();
    }

    private static Config member(String clusterName) {
        Config config = new Config().setClusterName(clusterName).setProperty("hazelcast.phone.home.enabled", "false")
                .setProperty("hazelcast.wait.seconds.before.join", "0").setProperty("hazelcast.socket.bind.any", "false")
                .setProperty("hazelcast.logging.type", "jdk").addMapConfig(DataGridFailureCounts.mapConfig());
        config.getNetworkConfig().setPort(6950).setPortAutoIncrement(true).getInterfaces().setEnabled(true)
                .addInterface("127.0.0.1");
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:6950").addMember("127.0.0.1:6951");
        return config;
    }

    private LoginThrottle on(HazelcastInstance member) {
        return new LoginThrottle(clock, new DataGridFailureCounts(member.getMap(DataGridFailureCounts.MAP)));
    }

    @Test
    void threeFailuresOnOneNodeHoldTheNextAttemptOnTheOther() {
        LoginThrottle a = on(first);
        LoginThrottle b = on(second);
        String account = "guessed-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(a.admit(account, "10.0.0.1")).isEmpty();
        }

        assertThat(b.admit(account, "10.0.0.2")).as("the account, from another address, on the other node")
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void aSuccessOnOneNodeClearsTheCountsOnTheOther() {
        LoginThrottle a = on(first);
        LoginThrottle b = on(second);
        String account = "owner-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            a.admit(account, "10.0.0.3");
        }

        b.succeeded(account, "10.0.0.3");

        assertThat(a.waitFor(account, "10.0.0.3")).isEmpty();
    }
}
