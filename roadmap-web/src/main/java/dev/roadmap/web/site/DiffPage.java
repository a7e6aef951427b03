package dev.roadmap.web.site;

import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.importer.RoadmapChanges;
import dev.roadmap.importer.application.PublishedRoadmapService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/** Backs {@code /roadmaps/{slug}/diff?from=N&to=M}: what changed between two editions. */
@Named
@RequestScoped
public class DiffPage {

    @Inject
    private PublishedRoadmaps published;

    @Inject
    private PublishedRoadmapService publicView;

    private RoadmapDocument document;
    private Edition from;
    private Edition to;
    private RoadmapChanges changes;

    public void load() throws IOException {
        Optional<String> slug = SiteRequest.slug();
        Optional<Integer> fromNumber = SiteRequest.parameter("from").flatMap(DiffPage::number);
        Optional<Integer> toNumber = SiteRequest.parameter("to").flatMap(DiffPage::number);
        if (fromNumber.isEmpty() || toNumber.isEmpty()) {
            SiteRequest.refuse(400, "Name two editions by their numbers, such as from 1 to 2.");
            return;
        }
        if (slug.isPresent()) {
            document = published.latest(slug.get()).orElse(null);
            from = published.edition(slug.get(), fromNumber.get()).orElse(null);
            to = published.edition(slug.get(), toNumber.get()).orElse(null);
        }
        if (document == null || from == null || to == null) {
            SiteRequest.refuse(404, "No such roadmap or edition.");
            return;
        }
        changes = publicView.changes(slug.get(), from, to);
    }

    private static Optional<Integer> number(String parameter) {
        if (!parameter.matches(PublicAddress.EDITION_NUMBER_REGEX)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(parameter));
    }

    public RoadmapDocument getDocument() {
        return document;
    }

    public Edition getFrom() {
        return from;
    }

    public Edition getTo() {
        return to;
    }

    public RoadmapChanges getChanges() {
        return changes;
    }
}
