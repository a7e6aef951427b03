package dev.roadmap.web.site;

import dev.roadmap.domain.model.Edition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Backs {@code /roadmaps/{slug}/editions}: every published edition, newest first. */
@Named
@RequestScoped
public class EditionsPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** One edition as the list shows it. */
    public record Entry(int number, String label, String publishedOn, String publishedAt, String publishedBy,
                        String note) {

        static Entry of(Edition edition) {
            return new Entry(edition.number(), edition.label(), DAY.format(edition.publishedAt()),
                    edition.publishedAt().toString(), edition.publishedBy(), edition.note());
        }
    }

    @Inject
    private PublishedRoadmaps published;

    private RoadmapDocument document;
    private List<Entry> editions = List.of();

    public void load() throws IOException {
        Optional<String> slug = SiteRequest.slug();
        if (slug.isPresent()) {
            document = published.latest(slug.get()).orElse(null);
            editions = published.editions(slug.get()).stream().map(Entry::of).toList();
        }
        if (document == null) {
            SiteRequest.refuse(404, "No published roadmap here.");
        }
    }

    public RoadmapDocument getDocument() {
        return document;
    }

    public List<Entry> getEditions() {
        return editions;
    }
}
