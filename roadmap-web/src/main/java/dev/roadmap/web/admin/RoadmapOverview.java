package dev.roadmap.web.admin;

import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.edition.EditionRepository;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.web.site.PublishedRoadmaps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The dashboard's view of every roadmap, drafts included: is it published, and has the draft moved on since? */
@ApplicationScoped
public class RoadmapOverview {

    /** Where a roadmap's draft stands against what the public sees. */
    public enum State {
        DRAFT_ONLY("Draft, never published"),
        PUBLISHED("Published"),
        CHANGED("Changed since the last edition");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One roadmap on the dashboard. */
    public record Row(String slug, String title, int items, State state, int lastEdition, String lastEditionLabel,
                      String lastEditionOn, String lastChangeOn) {
    }

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private EditionRepository editions;

    @Inject
    private PublishedRoadmaps published;

    @Transactional
    public List<Row> rows() {
        return roadmaps.findAll().stream().sorted(Comparator.comparing(Roadmap::title, String.CASE_INSENSITIVE_ORDER))
                .map(this::row).toList();
    }

    /** Where the roadmap's draft stands against its last edition. */
    @Transactional
    public State stateOf(Roadmap roadmap) {
        return stateOf(roadmap, editions.latest(roadmap));
    }

    private State stateOf(Roadmap roadmap, Optional<Edition> last) {
        return last.map(edition -> roadmap.hasSameContentAs(published.model(roadmap.slug().value(), edition))
                ? State.PUBLISHED : State.CHANGED).orElse(State.DRAFT_ONLY);
    }

    private Row row(Roadmap roadmap) {
        Optional<Edition> last = editions.latest(roadmap);
        State state = stateOf(roadmap, last);
        return new Row(roadmap.slug().value(), roadmap.title(), roadmap.items().size(), state,
                last.map(Edition::number).orElse(0), last.map(Edition::label).orElse(""),
                last.map(e -> when(e.publishedAt())).orElse(""), when(roadmap.updatedAt()));
    }

    private static String when(Instant instant) {
        return AdminTime.format(instant);
    }
}
