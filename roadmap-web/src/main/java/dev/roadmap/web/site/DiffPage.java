package dev.roadmap.web.site;

import dev.roadmap.domain.model.Edition;
import dev.roadmap.importer.RoadmapChanges;
import dev.roadmap.importer.RoadmapChanges.ItemChange;
import dev.roadmap.importer.RoadmapChanges.Kind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Backs {@code /roadmaps/{slug}/diff?from=N&to=M}: what changed between two editions. */
@Named
@RequestScoped
public class DiffPage {

    @Inject
    private PublishedRoadmaps published;

    private RoadmapDocument document;
    private Edition from;
    private Edition to;
    private RoadmapChanges changes;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Object slug = external.getRequestMap().get(RoadmapAddresses.SLUG);
        Optional<Integer> fromNumber = number(external.getRequestParameterMap().get("from"));
        Optional<Integer> toNumber = number(external.getRequestParameterMap().get("to"));
        if (fromNumber.isEmpty() || toNumber.isEmpty()) {
            external.responseSendError(400, "Name two editions by their numbers, such as from 1 to 2.");
            faces.responseComplete();
            return;
        }
        if (slug != null) {
            document = published.latest(slug.toString()).orElse(null);
            from = published.edition(slug.toString(), fromNumber.get()).orElse(null);
            to = published.edition(slug.toString(), toNumber.get()).orElse(null);
        }
        if (document == null || from == null || to == null) {
            external.responseSendError(404, "No such roadmap or edition.");
            faces.responseComplete();
            return;
        }
        changes = RoadmapChanges.between(published.model(slug.toString(), from), published.model(slug.toString(), to));
    }

    private static Optional<Integer> number(String parameter) {
        if (parameter == null || !parameter.matches("[1-9][0-9]{0,8}")) {
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

    public boolean isUnchanged() {
        return changes.isEmpty();
    }

    public List<ItemChange> changesOf(String kind) {
        return changes.of(Kind.valueOf(kind));
    }
}
