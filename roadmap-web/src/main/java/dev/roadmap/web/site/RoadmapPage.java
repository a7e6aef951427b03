package dev.roadmap.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Backs {@code /roadmaps/{slug}}: the newest published edition, or the site's 404 page. */
@Named
@RequestScoped
public class RoadmapPage {

    @Inject
    private PublishedRoadmaps published;

    private RoadmapDocument document;

    /** Before rendering: find the document, or answer 404 for an unknown or unpublished roadmap. */
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object slug = external.getRequestMap().get(RoadmapAddresses.SLUG);
        document = slug == null ? null : published.latest(slug.toString()).orElse(null);
        if (document == null) {
            external.responseSendError(404, "No published roadmap here.");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public RoadmapDocument getDocument() {
        return document;
    }
}
