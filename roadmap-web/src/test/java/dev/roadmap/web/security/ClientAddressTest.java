package dev.roadmap.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindAProxy = new ClientAddress(Optional.of("10.0.0.2, 10.0.0.3"));

    @Test
    void withoutTrustedProxiesTheConnectionsAddressCountsAndForwardedForIsIgnored() {
        ClientAddress direct = new ClientAddress(Optional.empty());

        assertThat(direct.of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheClientIsTheNearestUntrustedForwardedAddress() {
        assertThat(behindAProxy.of("10.0.0.2", "198.51.100.1, 203.0.113.7, 10.0.0.3")).isEqualTo("203.0.113.7");
    }

    @Test
    void aForwardedForFromAnUntrustedConnectionIsNotBelieved() {
        assertThat(behindAProxy.of("203.0.113.9", "10.0.0.2")).isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedProxyWithoutForwardedForIsTheClient() {
        assertThat(behindAProxy.of("10.0.0.2", null)).isEqualTo("10.0.0.2");
    }
}
