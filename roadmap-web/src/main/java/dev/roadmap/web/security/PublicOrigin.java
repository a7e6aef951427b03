package dev.roadmap.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the public reaches the portal, for every absolute link (the Atom feed's ids and links) and for the
 * headers that only HTTPS may send. {@code ROADMAP_PUBLIC_URL} says it once for all. Without it, a request's
 * {@code Host} is not believed, as any client can write any name there and would see it in the links of a
 * cached feed: the site is the address the connection reached, unless a trusted proxy
 * ({@code ROADMAP_HTTP_TRUSTED_PROXIES}, as {@link ClientAddress} knows them) forwarded it, naming the host and
 * scheme the client used in {@code X-Forwarded-Host} and {@code X-Forwarded-Proto} (or, lacking the first,
 * passing the client's {@code Host} on).
 */
@ApplicationScoped
public class PublicOrigin {

    /** A host name or bracketed IPv6 address, perhaps with a port: nothing that could end a URL's authority early. */
    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+])"
                    + "(?::[0-9]{1,5})?");

    /** What a request tells about where it was sent; {@code forwarded…} and {@code host} may be null. */
    record Seen(String scheme, String localAddress, int localPort, boolean fromTrustedProxy, String host,
                String forwardedHost, String forwardedProto) {
    }

    private final Optional<String> configured;
    private final ClientAddress clients;

    @Inject
    PublicOrigin(@ConfigProperty(name = "roadmap.public-url") Optional<String> publicUrl, ClientAddress clients) {
        this.configured = publicUrl.map(String::strip).filter(url -> !url.isEmpty()).map(PublicOrigin::checked);
        this.clients = clients;
    }

    /** For CDI's proxy. */
    protected PublicOrigin() {
        this.configured = Optional.empty();
        this.clients = null;
    }

    /** The site's root without a closing slash, such as {@code https://roadmaps.example.org}. */
    public String siteOf(HttpServletRequest request) {
        return configured.orElseGet(() -> origin(seenIn(request)) + request.getContextPath());
    }

    /** Whether the public reaches the portal over HTTPS: the session cookie is then {@code Secure}, and HSTS is sent. */
    public boolean isHttps(HttpServletRequest request) {
        if (configured.isPresent()) {
            return isConfiguredHttps();
        }
        // Asked of every response (the security headers): only a forwarded scheme needs the proxy check.
        String forwardedProto = request.getHeader("X-Forwarded-Proto");
        boolean fromTrustedProxy = forwardedProto != null && clients.isFromTrustedProxy(request);
        return "https".equals(scheme(request.getScheme(), fromTrustedProxy, forwardedProto));
    }

    /** Whether the configured public address is an HTTPS one, known before any request. */
    public boolean isConfiguredHttps() {
        return configured.filter(url -> url.startsWith("https:")).isPresent();
    }

    private Seen seenIn(HttpServletRequest request) {
        return new Seen(request.getScheme(), request.getLocalAddr(), request.getLocalPort(),
                clients.isFromTrustedProxy(request), request.getHeader("Host"),
                request.getHeader("X-Forwarded-Host"), request.getHeader("X-Forwarded-Proto"));
    }

    static String origin(Seen seen) {
        String scheme = scheme(seen);
        if (seen.fromTrustedProxy()) {
            Optional<String> host = firstHost(seen.forwardedHost()).or(() -> firstHost(seen.host()));
            if (host.isPresent()) {
                return scheme + "://" + host.get();
            }
        }
        String address = seen.localAddress().indexOf(':') >= 0 ? "[" + seen.localAddress() + "]" : seen.localAddress();
        boolean defaultPort = seen.localPort() == ("https".equals(scheme) ? 443 : 80);
        return scheme + "://" + address + (defaultPort ? "" : ":" + seen.localPort());
    }

    static String scheme(Seen seen) {
        return scheme(seen.scheme(), seen.fromTrustedProxy(), seen.forwardedProto());
    }

    /** The scheme the client used: the one a trusted proxy forwarded, if it names one, else the connection's. */
    private static String scheme(String connectionScheme, boolean fromTrustedProxy, String forwardedProto) {
        if (fromTrustedProxy && forwardedProto != null) {
            String proto = forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT);
            if (proto.equals("https") || proto.equals("http")) {
                return proto;
            }
        }
        return connectionScheme;
    }

    /** The first (the client's) of a comma-separated list of hosts, if it is one. */
    private static Optional<String> firstHost(String header) {
        return Optional.ofNullable(header).map(value -> value.split(",")[0].strip()).filter(host -> HOST.matcher(host).matches());
    }

    static String checked(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException notAUri) {
            throw new IllegalArgumentException("ROADMAP_PUBLIC_URL is not a URL: " + url, notAUri);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("ROADMAP_PUBLIC_URL must be an http or https address of the site, "
                    + "such as https://roadmaps.example.org, without a query: " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
