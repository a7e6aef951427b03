package dev.roadmap.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps {@code /metrics} (heap, threads, pools: a map for whoever plans an attack) to the machine itself and to
 * signed-in administrators; {@code ROADMAP_METRICS_PUBLIC=true} opens it, say for a scraper elsewhere. Payara
 * Micro serves MicroProfile Metrics inside the web module at the context root, which is this application, so
 * this filter sees its requests. The client is the one {@link ClientAddress} names: behind a trusted proxy,
 * the address the proxy forwarded for, not the proxy's own loopback address.
 */
public class MetricsAccess extends HttpFilter {

    @Inject
    private ClientAddress clients;

    @Inject
    @ConfigProperty(name = "roadmap.metrics.public", defaultValue = "false")
    private boolean open;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (open || isLoopback(clients.of(request)) || request.isUserInRole(Roles.ADMIN)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    static boolean isLoopback(String address) {
        return ClientAddress.normalised(address).map(literal -> {
            try {
                return InetAddress.getByName(literal).isLoopbackAddress(); // a literal: no DNS
            } catch (UnknownHostException notAnAddress) {
                return false;
            }
        }).orElse(false);
    }
}
