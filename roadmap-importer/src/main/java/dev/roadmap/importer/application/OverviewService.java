package dev.roadmap.importer.application;

import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.edition.EditionRepository;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The maintainers' overview of every roadmap, drafts included: is it published, and has the draft moved on
 * since? Reads only.
 */
@ApplicationScoped
public class OverviewService {

    /**
     * One roadmap on the dashboard; the times are when its last edition was published (null for none) and
     * when its draft last changed.
     */
    public record Row(String slug, String title, int items, DraftState state, int lastEdition, String lastEditionLabel,
                      Instant lastEditionOn, Instant lastChangeOn) {
    }

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private EditionRepository editions;

    @Inject
    private PublishedRoadmapService publicView;

    @Transactional
    public List<Row> rows() {
        return roadmaps.findAll().stream().sorted(Comparator.comparing(Roadmap::title, String.CASE_INSENSITIVE_ORDER))
                .map(this::row).toList();
    }

    private Row row(Roadmap roadmap) {
        Optional<Edition> last = editions.latest(roadmap);
        DraftState state = DraftState.of(roadmap, last.map(e -> publicView.model(roadmap.slug().value(), e)));
        return new Row(roadmap.slug().value(), roadmap.title(), roadmap.items().size(), state,
                last.map(Edition::number).orElse(0), last.map(Edition::label).orElse(""),
                last.map(Edition::publishedAt).orElse(null), roadmap.updatedAt());
    }
}
