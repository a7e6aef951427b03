package dev.roadmap.web.site;

import dev.roadmap.web.site.PublishedItems.PublishedItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * Backs {@code /roadmaps/{slug}/items/{anchor}}: one item as last published, and its history across the
 * editions; or the site's 404 page.
 */
@Named
@RequestScoped
public class ItemPage {

    @Inject
    private PublishedRoadmaps published;

    @Inject
    private PublishedItems items;

    private RoadmapDocument document;
    private PublishedItem item;

    public void load() throws IOException {
        Optional<String> slug = SiteRequest.slug();
        Optional<String> anchor = SiteRequest.item();
        if (slug.isPresent() && anchor.isPresent()) {
            document = published.latest(slug.get()).orElse(null);
            item = document == null ? null : items.find(slug.get(), anchor.get()).orElse(null);
        }
        if (item == null) {
            SiteRequest.refuse(404, "This roadmap has no such item in any edition.");
        }
    }

    public RoadmapDocument getDocument() {
        return document;
    }

    public PublishedItem getItem() {
        return item;
    }
}
