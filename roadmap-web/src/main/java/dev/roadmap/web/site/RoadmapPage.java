package dev.roadmap.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * Backs {@code /roadmaps/{slug}} (the newest published edition) and {@code /roadmaps/{slug}/editions/{n}}
 * (an edition as it was), or the site's 404 page.
 */
@Named
@RequestScoped
public class RoadmapPage {

    @Inject
    private PublishedRoadmaps published;

    private RoadmapDocument document;
    private boolean newest;

    /** Before rendering: find the document, or answer 404 for an unknown or unpublished roadmap. */
    public void load() throws IOException {
        Optional<String> slug = SiteRequest.slug();
        Optional<Integer> edition = SiteRequest.edition();
        if (slug.isPresent()) {
            document = (edition.isEmpty() ? published.latest(slug.get())
                    : published.document(slug.get(), edition.get())).orElse(null);
            newest = edition.isEmpty() || published.latestEdition(slug.get())
                    .map(e -> e.number() == edition.get()).orElse(false);
        }
        if (document == null) {
            SiteRequest.refuse(404, "No published roadmap here.");
        }
    }

    public RoadmapDocument getDocument() {
        return document;
    }

    /** Whether the page shows the newest edition, rather than an older one as it was. */
    public boolean isNewest() {
        return newest;
    }
}
