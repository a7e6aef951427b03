package dev.roadmap.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, as the login throttle counts it. Behind a reverse proxy every request
 * comes from the proxy, so the addresses named in {@code ROADMAP_HTTP_TRUSTED_PROXIES} are looked through:
 * the client is the nearest address in {@code X-Forwarded-For} that is not one of them. Nobody else's
 * {@code X-Forwarded-For} is believed: a client could write anything there.
 */
@ApplicationScoped
public class ClientAddress {

    private final Set<String> trustedProxies;

    @Inject
    ClientAddress(@ConfigProperty(name = "roadmap.http.trusted-proxies") Optional<String> trustedProxies) {
        this.trustedProxies = trustedProxies.map(ClientAddress::addresses).orElse(Set.of());
    }

    /** For CDI's proxy. */
    protected ClientAddress() {
        this.trustedProxies = Set.of();
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String of(String remoteAddress, String forwardedFor) {
        if (!trustedProxies.contains(remoteAddress) || forwardedFor == null) {
            return remoteAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? remoteAddress : hops.get(0);
    }

    private static Set<String> addresses(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toSet());
    }
}
