package dev.roadmap.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

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
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object slug = external.getRequestMap().get(RoadmapAddresses.SLUG);
        Object edition = external.getRequestMap().get(RoadmapAddresses.EDITION);
        if (slug != null) {
            document = (edition == null ? published.latest(slug.toString())
                    : published.document(slug.toString(), (Integer) edition)).orElse(null);
            newest = edition == null || published.latestEdition(slug.toString())
                    .map(e -> e.number() == (Integer) edition).orElse(false);
        }
        if (document == null) {
            external.responseSendError(404, "No published roadmap here.");
            FacesContext.getCurrentInstance().responseComplete();
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
