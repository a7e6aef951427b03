package dev.roadmap.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, as the login throttle counts it. Behind a reverse proxy every request
 * comes from the proxy, so the addresses named in {@code ROADMAP_HTTP_TRUSTED_PROXIES} are looked through:
 * the client is the nearest address in {@code X-Forwarded-For} (every line of it) that is not one of them.
 * Nobody else's {@code X-Forwarded-For} is believed: a client could write anything there. Addresses are
 * compared in one spelling, without ports, so {@code ::1} is {@code 0:0:0:0:0:0:0:1}.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F]*:[0-9a-fA-F:.]*");

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
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** Whether the request came straight from a trusted proxy, so that its {@code X-Forwarded-…} headers may be believed. */
    public boolean isFromTrustedProxy(HttpServletRequest request) {
        return isTrustedProxy(request.getRemoteAddr());
    }

    boolean isTrustedProxy(String remoteAddress) {
        return trustedProxies.contains(normalised(remoteAddress).orElse(remoteAddress));
    }

    String of(String remoteAddress, List<String> forwardedFor) {
        String connection = normalised(remoteAddress).orElse(remoteAddress);
        if (!trustedProxies.contains(connection)) {
            return connection;
        }
        List<String> hops = forwardedFor.stream().flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = normalised(hops.get(i));
            if (hop.isEmpty()) {
                return connection; // not an address ("unknown"): nothing further along can be told apart
            }
            if (!trustedProxies.contains(hop.get())) {
                return hop.get();
            }
        }
        return connection;
    }

    /** An IP address in Java's one spelling, without a port or brackets; empty for anything else. */
    static Optional<String> normalised(String text) {
        String address = text.strip();
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            address = close < 0 ? "" : address.substring(1, close);
        } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            address = address.substring(0, address.indexOf(':')); // IPv4 with a port
        }
        // Only literals reach InetAddress, so it never asks DNS.
        if (!isIpv4(address) && !IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getHostAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private static boolean isIpv4(String address) {
        var parts = IPV4.matcher(address);
        if (!parts.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(parts.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> addresses(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(ClientAddress::normalised)
                .flatMap(Optional::stream).collect(Collectors.toSet());
    }
}
