package dev.roadmap.web.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the public site's extensionless addresses from their Faces views: {@code /roadmaps/backstage}
 * is {@code /roadmap.xhtml} with the slug as a request attribute. Other addresses pass through.
 */
@WebFilter(urlPatterns = "/roadmaps/*")
public class RoadmapAddresses extends HttpFilter {

    static final String SLUG = "dev.roadmap.web.site.slug";
    private static final Pattern ROADMAP = Pattern.compile("^/roadmaps/([a-z0-9]+(?:-[a-z0-9]+)*)/?$");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher roadmap = ROADMAP.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (roadmap.matches()) {
            request.setAttribute(SLUG, roadmap.group(1));
            request.getRequestDispatcher("/roadmap.xhtml").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
