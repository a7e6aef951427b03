package dev.roadmap.domain.model.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.model.roadmap.StoredRoadmaps;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EditionTest {

    private static final Instant NOON = Instant.parse("2022-04-01T12:00:00Z");

    @Test
    void editionsAreNumberedFromOneInOrder() {
        Roadmap roadmap = StoredRoadmaps.withId(7L);
        Edition first = roadmap.publish("Q2 2022", "First", "admin", "# One", NOON);
        Edition second = roadmap.publish("Q3 2022", "", "editor", "# Two", NOON.plusSeconds(60));
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(roadmap.lastEditionNumber()).isEqualTo(2);
        assertThat(second.roadmapId()).isEqualTo(7L);
        assertThat(second.markdown()).isEqualTo("# Two");
        assertThat(second.publishedBy()).isEqualTo("editor");
    }

    @Test
    void anEditionNeedsALabel() {
        Roadmap roadmap = StoredRoadmaps.withId(7L);
        assertThatThrownBy(() -> roadmap.publish(" ", "", "admin", "# x", NOON))
                .isInstanceOf(RoadmapRuleViolation.class).hasMessageContaining("needs a label");
        assertThat(roadmap.lastEditionNumber()).isZero();
    }

    @Test
    void aStoredEditionRefusesEveryChange() {
        Edition edition = StoredRoadmaps.withId(7L).publish("Q2 2022", "", "admin", "# x", NOON);
        assertThatThrownBy(edition::refuseChange).isInstanceOf(RoadmapRuleViolation.class)
                .hasMessageContaining("Edition 1 is published and cannot be changed");
    }
}
