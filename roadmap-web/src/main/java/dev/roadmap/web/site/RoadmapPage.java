package dev.roadmap.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * Backs {@code /roadmaps/{slug}} and its board (the newest published edition) and
 * {@code /roadmaps/{slug}/editions/{n}} (an edition as it was), filtered by horizon, status and tag when the
 * address asks; or the site's 404 page, or 400 for a filter naming what the roadmap does not have.
 */
@Named
@RequestScoped
public class RoadmapPage {

    @Inject
    private PublishedRoadmaps published;

    private RoadmapDocument whole;
    private RoadmapDocument document;
    private ItemFilter filter = ItemFilter.NONE;
    private boolean newest;

    /** Before rendering: find the document, or answer 404 for an unknown or unpublished roadmap. */
    public void load() throws IOException {
        Optional<String> slug = SiteRequest.slug();
        Optional<Integer> edition = SiteRequest.edition();
        if (slug.isPresent()) {
            whole = (edition.isEmpty() ? published.latest(slug.get())
                    : published.document(slug.get(), edition.get())).orElse(null);
            newest = edition.isEmpty() || published.latestEdition(slug.get())
                    .map(e -> e.number() == edition.get()).orElse(false);
        }
        if (whole == null) {
            SiteRequest.refuse(404, "No published roadmap here.");
            return;
        }
        try {
            filter = ItemFilter.read(SiteRequest::parameter, whole);
        } catch (ItemFilter.Unknown unknown) {
            SiteRequest.refuse(400, unknown.getMessage());
            return;
        }
        document = whole.filtered(filter);
    }

    /** The document as the page shows it: filtered, when the address asks. */
    public RoadmapDocument getDocument() {
        return document;
    }

    /** The whole document, whose horizons, statuses and tags the filters offer. */
    public RoadmapDocument getWhole() {
        return whole;
    }

    public ItemFilter getFilter() {
        return filter;
    }

    /** Whether the page shows the newest edition, rather than an older one as it was. */
    public boolean isNewest() {
        return newest;
    }
}
