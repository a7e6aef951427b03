package dev.roadmap.web.site;

import dev.roadmap.web.CachedBody;
import dev.roadmap.web.site.PageCache.EditionStamp;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Serves the public site's extensionless addresses from their Faces views: the home page {@code /},
 * {@code /search}, and each roadmap's {@code /roadmaps/backstage}, {@code …/board}, {@code …/items/{anchor}},
 * {@code …/editions}, {@code …/editions/{n}} and {@code …/diff}. A page is the same for every visitor until
 * the next edition, so it is rendered once per edition and then served as cached bytes, gzipped once,
 * revalidated with ETag and Last-Modified. A filtered page, a diff and a search are rendered each time, from
 * cached documents and models; any other query (say, {@code ?utm_source=…}) is ignored.
 */
public class SitePages extends HttpFilter {

    static final String SLUG = "dev.roadmap.web.site.slug";
    static final String EDITION = "dev.roadmap.web.site.edition";
    static final String ITEM = "dev.roadmap.web.site.item";

    /**
     * A kind of roadmap page: the addresses it answers, the view that renders it, and whether it is the same
     * for everyone until the next edition (a diff depends on its query, so it is rendered each time).
     */
    private record Route(PublicAddress address, String view, String name, boolean cached) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route(PublicAddress.roadmap(), "/roadmap.xhtml", "document", true),
            new Route(PublicAddress.endingWith("/board"), "/board.xhtml", "board", true),
            new Route(PublicAddress.item(), "/item.xhtml", "item", true),
            new Route(PublicAddress.endingWith("/editions"), "/editions.xhtml", "editions", true),
            new Route(PublicAddress.edition(), "/roadmap.xhtml", "edition", true),
            new Route(PublicAddress.endingWith("/diff"), "/diff.xhtml", "diff", false));

    @Inject
    private PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/")) {
            CachedPage home = cache.sitePage("home", () -> render(request, response, "/index.xhtml",
                    System.currentTimeMillis()));
            if (home != null) {
                serve(home, request, response);
            }
            return;
        }
        if (path.equals("/search")) {
            request.getRequestDispatcher("/search.xhtml").forward(request, response);
            return;
        }
        for (Route route : ROUTES) {
            Optional<PublicAddress.Match> match = route.address().match(request);
            if (match.isPresent()) {
                serveRoute(route, match.get(), request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void serveRoute(Route route, PublicAddress.Match match, HttpServletRequest request,
                            HttpServletResponse response) throws IOException, ServletException {
        request.setAttribute(SLUG, match.slug());
        match.edition().ifPresent(number -> request.setAttribute(EDITION, number));
        match.item().ifPresent(anchor -> request.setAttribute(ITEM, anchor));
        Optional<EditionStamp> newest = cache.newestEditionOf(match.slug());
        boolean filtered = ItemFilter.PARAMETERS.stream().anyMatch(name -> request.getParameter(name) != null);
        if (newest.isEmpty() || !route.cached() || filtered) {
            request.getRequestDispatcher(route.view()).forward(request, response);
            return;
        }
        String name = route.name() + match.edition().map(n -> "-" + n).orElse("") + match.item().map(a -> "-" + a).orElse("");
        CachedPage page = cache.page(match.slug(), newest.get().number(), name,
                () -> render(request, response, route.view(), newest.get().publishedAt()));
        if (page != null) {
            serve(page, request, response);
        }
    }

    /** Renders a view into bytes; null when it answered otherwise (an error page), already sent. */
    private static CachedPage render(HttpServletRequest request, HttpServletResponse response, String view,
                                     long lastModified) {
        RenderedPage page = new RenderedPage(response);
        byte[] body;
        try {
            request.getRequestDispatcher(view).forward(request, page);
            body = page.bytes();
        } catch (ServletException e) {
            throw new IllegalStateException("The page " + view + " could not be rendered", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body == null ? null : CachedPage.of("text/html;charset=UTF-8", body, lastModified);
    }

    private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.lastModified());
        // A proxy in front (deploy/nginx) may serve the page for a second without asking: static-site speed, and a
        // publication still shows within a second.
        response.setHeader("Cache-Control", "public, max-age=1");
        response.setHeader("Vary", "Accept-Encoding");
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean gzip = Optional.ofNullable(request.getHeader("Accept-Encoding")).orElse("").contains("gzip");
        byte[] body = gzip ? page.gzipped() : page.body();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            CachedBody.write(body, response.getOutputStream());
        }
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.equals("*") || Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip).anyMatch(tag -> tag.equals(page.etag()) || tag.equals("W/" + page.etag()));
        }
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadableDate) {
            return false;
        }
        return ifModifiedSince >= 0 && ifModifiedSince >= page.lastModified();
    }
}
