package dev.roadmap.web.site;

import dev.roadmap.web.site.PageCache.EditionStamp;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
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
                home.answer(request, response);
            }
            return;
        }
        if (path.equals("/search")) {
            request.getRequestDispatcher("/search.xhtml").forward(request, response);
            return;
        }
        Optional<SiteRoutes.Routed> routed = SiteRoutes.find(path);
        if (routed.isPresent()) {
            serveRoute(routed.get(), request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void serveRoute(SiteRoutes.Routed routed, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        PublicAddress.Match match = routed.match();
        request.setAttribute(SLUG, match.slug());
        match.edition().ifPresent(number -> request.setAttribute(EDITION, number));
        match.item().ifPresent(anchor -> request.setAttribute(ITEM, anchor));
        Optional<EditionStamp> newest = cache.newestEditionOf(match.slug());
        boolean filtered = ItemFilter.PARAMETERS.stream().anyMatch(name -> request.getParameter(name) != null);
        if (newest.isEmpty() || !routed.route().cached() || filtered) {
            request.getRequestDispatcher(routed.route().view()).forward(request, response);
            return;
        }
        CachedPage page = cache.page(match.slug(), newest.get().number(), routed.pageName(),
                () -> render(request, response, routed.route().view(), newest.get().publishedAt()));
        if (page != null) {
            page.answer(request, response);
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
}
