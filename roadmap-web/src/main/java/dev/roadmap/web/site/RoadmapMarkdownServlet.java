package dev.roadmap.web.site;

import dev.roadmap.domain.model.edition.Edition;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** {@code /roadmaps/{slug}.md}: the newest published edition as canonical Markdown, for docs sites and scripts. */
@WebServlet(urlPatterns = "*.md")
public class RoadmapMarkdownServlet extends HttpServlet {

    private static final PublicAddress ADDRESS = PublicAddress.endingWith(".md");

    @Inject
    private PublishedRoadmaps published;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Edition> edition = ADDRESS.slugOf(request).flatMap(published::latestEdition);
        if (edition.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/markdown;charset=UTF-8");
        response.getOutputStream().write(edition.get().markdown().getBytes(StandardCharsets.UTF_8));
    }
}
