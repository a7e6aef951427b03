package dev.roadmap.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Backs {@code /roadmaps/{slug}/editions}: every published edition, newest first. */
@Named
@RequestScoped
public class EditionsPage {

    @Inject
    private PublishedRoadmaps published;

    private RoadmapDocument document;
    private List<EditionEntry> editions = List.of();

    public void load() throws IOException {
        Optional<String> slug = SiteRequest.slug();
        if (slug.isPresent()) {
            document = published.latest(slug.get()).orElse(null);
            editions = published.editions(slug.get()).stream().map(EditionEntry::of).toList();
        }
        if (document == null) {
            SiteRequest.refuse(404, "No published roadmap here.");
        }
    }

    public RoadmapDocument getDocument() {
        return document;
    }

    public List<EditionEntry> getEditions() {
        return editions;
    }
}
