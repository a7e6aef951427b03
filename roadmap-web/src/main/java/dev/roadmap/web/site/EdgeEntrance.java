package dev.roadmap.web.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.roadmap.web.security.PublicOrigin;
import dev.roadmap.web.security.SecurityHeaders;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The way in for the runnable jar's edge application ({@code web.edge.RoadmapPagesEdge}, deployed at
 * {@code /roadmaps} beside this one). A request of this application pays for its authentication, its
 * authorization checks and its CDI request context even when the answer is a cached page; the edge has none of
 * them, so that is where a cached roadmap page can be served at the container's own speed (see the README's
 * Measured section).
 * <p>
 * The edge finds, in this application's context attributes, a {@link Filter} (a type both applications share, being
 * the container's), and hands it every request. A cached page of the newest edition is answered from memory, with the
 * security headers; anything else is forwarded into this application, in a request context made for it, and served
 * by {@link SitePages} as if it had been sent here. Only addresses under {@code /roadmaps/} come this way, and none of
 * them has a security constraint, so passing by this application's authentication loses nothing.
 */
@WebListener
public class EdgeEntrance implements ServletContextListener {

    /** The attribute the edge looks for; {@code RoadmapPagesEdge} names it too. */
    public static final String ATTRIBUTE = "dev.roadmap.web.site.edgeEntrance";

    /** An address no route or servlet of this application answers ("-" is no slug): the site's plain 404 page. */
    private static final String NOT_FOUND = "/roadmaps/-";

    /** Where a cached page is kept: its roadmap and its name within the roadmap's edition. */
    private record CachedName(String slug, String page) {
    }

    /**
     * The cached page each address names, remembered: matching it against the routes' patterns was a twentieth of
     * an edge request. Bounded, as a client may send any address.
     */
    private final Cache<String, Optional<CachedName>> cachedNames = Caffeine.newBuilder().maximumSize(10_000).build();

    @Inject
    private PageCache cache;

    @Inject
    private PublicOrigin publicOrigin;

    @Inject
    private Instance<RequestContextController> requestContexts;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext portal = event.getServletContext();
        portal.setAttribute(ATTRIBUTE, new Entrance(portal, Thread.currentThread().getContextClassLoader()));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        event.getServletContext().removeAttribute(ATTRIBUTE);
    }

    /**
     * The address within this application that an edge request names, or empty when the address is not the one the
     * container mapped (a dot segment, a path parameter or an escaped slash would name another place once decoded).
     */
    static Optional<String> portalPath(String requestUri, String mappedPath) {
        try {
            String decoded = requestUri.indexOf('%') < 0 ? requestUri
                    : URLDecoder.decode(requestUri.replace("+", "%2B"), StandardCharsets.UTF_8);
            return decoded.equals(mappedPath) && mappedPath.startsWith("/roadmaps/") && !mappedPath.contains("/.")
                    ? Optional.of(requestUri) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<CachedName> cachedName(String path) {
        return SiteRoutes.find(path).filter(routed -> routed.route().cached())
                .map(routed -> new CachedName(routed.match().slug(), routed.pageName()));
    }

    private final class Entrance implements Filter {

        private final ServletContext portal;
        private final ClassLoader portalLoader;

        Entrance(ServletContext portal, ClassLoader portalLoader) {
            this.portal = portal;
            this.portalLoader = portalLoader;
        }

        @Override
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain edgeChain)
                throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            HttpServletResponse response = (HttpServletResponse) resp;
            Thread thread = Thread.currentThread();
            ClassLoader edgeLoader = thread.getContextClassLoader();
            thread.setContextClassLoader(portalLoader);
            try {
                SecurityHeaders.addTo(response, publicOrigin.isHttps(request));
                String pathInfo = request.getPathInfo();
                Optional<String> path = portalPath(request.getRequestURI(),
                        request.getContextPath() + request.getServletPath() + (pathInfo == null ? "" : pathInfo));
                Optional<CachedPage> page = path.isPresent() && request.getQueryString() == null
                        && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                        ? cachedNames.get(path.get(), EdgeEntrance::cachedName)
                                .flatMap(name -> cache.cachedPage(name.slug(), name.page()))
                        : Optional.empty();
                if (page.isPresent()) {
                    page.get().answer(request, response);
                } else {
                    forward(path.orElse(NOT_FOUND), request, response);
                }
            } finally {
                thread.setContextClassLoader(edgeLoader);
            }
        }

        /**
         * Serves the request as this application would, in a request context of its own: the container makes none
         * for a forward from another application.
         */
        private void forward(String path, HttpServletRequest request, HttpServletResponse response)
                throws IOException, ServletException {
            RequestContextController requestContext = requestContexts.get();
            boolean activated = requestContext.activate();
            try {
                portal.getRequestDispatcher(path).forward(request, response);
            } finally {
                if (activated) {
                    requestContext.deactivate();
                }
                requestContexts.destroy(requestContext);
            }
        }
    }
}
