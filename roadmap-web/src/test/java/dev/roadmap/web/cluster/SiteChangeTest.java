package dev.roadmap.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.application.EditionPublished;
import dev.roadmap.importer.application.RoadmapRemoved;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SiteChangeTest {

    @Test
    void aPublicationReadsBackFromItsLineAsTheSameEvent() {
        EditionPublished published = new EditionPublished(Slug.of("backstage"), 7, Instant.ofEpochMilli(1764660000123L));

        SiteChange line = SiteChange.read(SiteChange.of(published).text()).orElseThrow();

        assertThat(line.removal()).isFalse();
        assertThat(line.publication()).isEqualTo(published);
    }

    @Test
    void aRemovalReadsBackFromItsLineAsTheSameEvent() {
        SiteChange line = SiteChange.read(SiteChange.of(new RoadmapRemoved(Slug.of("backstage"))).text()).orElseThrow();

        assertThat(line.removal()).isTrue();
        assertThat(line.removed()).isEqualTo(new RoadmapRemoved(Slug.of("backstage")));
    }

    @Test
    void aLineThisVersionDoesNotKnowIsNoChange() {
        assertThat(SiteChange.read("renamed backstage backstage-2")).isEmpty();
        assertThat(SiteChange.read("published Not A Slug 3 0")).isEmpty();
        assertThat(SiteChange.read("published backstage zero 0")).isEmpty();
        assertThat(SiteChange.read(null)).isEmpty();
    }
}
