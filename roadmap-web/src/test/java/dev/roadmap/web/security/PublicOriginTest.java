package dev.roadmap.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.web.security.PublicOrigin.Seen;
import org.junit.jupiter.api.Test;

class PublicOriginTest {

    private static Seen fromAClient(String host, String forwardedHost, String forwardedProto) {
        return new Seen("http", "127.0.0.1", 8080, false, host, forwardedHost, forwardedProto);
    }

    private static Seen fromATrustedProxy(String host, String forwardedHost, String forwardedProto) {
        return new Seen("http", "127.0.0.1", 8080, true, host, forwardedHost, forwardedProto);
    }

    @Test
    void aClientsHostIsNotBelievedTheConnectionsOwnAddressIsTheSite() {
        assertThat(PublicOrigin.origin(fromAClient("evil.example", null, null))).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void aClientsForwardedHeadersAreNotBelievedEither() {
        Seen forged = fromAClient("evil.example", "evil.example", "https");

        assertThat(PublicOrigin.origin(forged)).isEqualTo("http://127.0.0.1:8080");
        assertThat(PublicOrigin.scheme(forged)).isEqualTo("http");
    }

    @Test
    void aTrustedProxyNamesTheHostAndSchemeTheClientUsed() {
        assertThat(PublicOrigin.origin(fromATrustedProxy("127.0.0.1:8080", "roadmaps.example.org", "https")))
                .isEqualTo("https://roadmaps.example.org");
    }

    @Test
    void aTrustedProxyWithoutForwardedHostPassesTheClientsHostOn() {
        assertThat(PublicOrigin.origin(fromATrustedProxy("roadmaps.example.org:8443", null, null)))
                .isEqualTo("http://roadmaps.example.org:8443");
    }

    @Test
    void aForwardedHostThatIsNoHostNameIsIgnoredEvenFromATrustedProxy() {
        assertThat(PublicOrigin.origin(fromATrustedProxy(null, "evil.example/path?x", "https")))
                .isEqualTo("https://127.0.0.1:8080");
    }

    @Test
    void anIpv6ConnectionAddressIsBracketedAndADefaultPortLeftOut() {
        assertThat(PublicOrigin.origin(new Seen("http", "0:0:0:0:0:0:0:1", 80, false, null, null, null)))
                .isEqualTo("http://[0:0:0:0:0:0:0:1]");
    }

    @Test
    void theConfiguredPublicUrlLosesItsClosingSlash() {
        assertThat(PublicOrigin.checked("https://roadmaps.example.org/")).isEqualTo("https://roadmaps.example.org");
    }

    @Test
    void aPublicUrlThatIsNoWebAddressIsRefusedByName() {
        assertThatThrownBy(() -> PublicOrigin.checked("roadmaps.example.org")).hasMessageContaining("ROADMAP_PUBLIC_URL");
        assertThatThrownBy(() -> PublicOrigin.checked("https://roadmaps.example.org/?a=b")).hasMessageContaining("ROADMAP_PUBLIC_URL");
    }
}
