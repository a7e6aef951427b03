package dev.roadmap.web.edge;

import dev.roadmap.web.site.EdgeEntrance;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The whole of the runnable jar's second application, {@code roadmaps.war}, deployed at {@code /roadmaps}: every
 * roadmap page's address reaches it rather than the portal, and it hands each request to the portal's
 * {@link EdgeEntrance}, which answers cached pages at once and forwards the rest into the portal. This application
 * has no authentication mechanism, no security constraint and no CDI, so a cached page costs what the container's
 * own request costs. It is left out of {@code roadmap-web.war}: on another server the portal serves those addresses
 * itself.
 * <p>
 * Only the container's types cross between the two applications (each has its own class loader); the attribute's
 * name is a constant the compiler copies here.
 */
@WebServlet("/")
public class RoadmapPagesEdge extends HttpServlet {

    /** Found on the first request after the portal is up, then kept: the jar never deploys the portal again. */
    private volatile Filter entrance;

    /** Every method: the portal answers each as it would have (a 405 where it has none). */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Filter portalEntrance = entrance != null ? entrance : portalEntrance();
        if (portalEntrance != null) {
            // The entrance answers every request itself, so the chain it is given is never called.
            portalEntrance.doFilter(request, response, (req, resp) -> {
                throw new IllegalStateException("the portal's entrance passed a request on");
            });
            return;
        }
        // The portal is still starting (or was undeployed): the same answer as the container gives before it is up.
        response.setHeader("Retry-After", "5");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    private Filter portalEntrance() {
        ServletContext portal = getServletContext().getContext("/");
        if (portal != null && portal.getAttribute(EdgeEntrance.ATTRIBUTE) instanceof Filter found) {
            entrance = found;
        }
        return entrance;
    }
}
