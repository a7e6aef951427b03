package dev.roadmap.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindAProxy = new ClientAddress(Optional.of("10.0.0.2, 10.0.0.3, ::1"));

    @Test
    void withoutTrustedProxiesTheConnectionsAddressCountsAndForwardedForIsIgnored() {
        ClientAddress direct = new ClientAddress(Optional.empty());

        assertThat(direct.of("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheClientIsTheNearestUntrustedForwardedAddress() {
        assertThat(behindAProxy.of("10.0.0.2", List.of("198.51.100.1, 203.0.113.7, 10.0.0.3"))).isEqualTo("203.0.113.7");
    }

    @Test
    void everyForwardedForLineCountsSoAClientsOwnLineCannotHideTheProxys() {
        assertThat(behindAProxy.of("10.0.0.2", List.of("198.51.100.66", "203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aForwardedForFromAnUntrustedConnectionIsNotBelieved() {
        assertThat(behindAProxy.of("203.0.113.9", List.of("10.0.0.2"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedProxyWithoutForwardedForIsTheClient() {
        assertThat(behindAProxy.of("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
    }

    @Test
    void addressesCompareInOneSpellingWithoutPorts() {
        assertThat(behindAProxy.of("0:0:0:0:0:0:0:1", List.of("[2001:db8::7]:4711"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(behindAProxy.of("10.0.0.2", List.of("203.0.113.7:51234"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aHopThatIsNoAddressStopsTheSearchAtTheProxy() {
        assertThat(behindAProxy.of("10.0.0.2", List.of("203.0.113.7, unknown"))).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.normalised("999.1.1.1")).isEmpty();
        assertThat(ClientAddress.normalised("example.org")).as("never a DNS lookup").isEmpty();
    }
}
