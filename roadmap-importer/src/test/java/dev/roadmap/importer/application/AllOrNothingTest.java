package dev.roadmap.importer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.domain.model.roadmap.DuplicateSlugException;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.model.shared.Slug;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** How a use case's failures leave it: as the application's named ones, a race in the use case's own words. */
class AllOrNothingTest {

    private static final String RACE_LOST = "Someone changed it at the same moment; nothing was stored.";

    /** The work runs as it would in a transaction that joined the caller's; a commit's failure is thrown as such. */
    private final AllOrNothing allOrNothing = new AllOrNothing(new InTransaction() {
        @Override
        public <T> T run(Supplier<T> work) {
            return work.get();
        }
    });

    @Test
    void anOptimisticLockFailureIsTheDraftChangedMeanwhileInTheUseCasesWords() {
        assertThatThrownBy(() -> allOrNothing.run(RACE_LOST, () -> {
            throw new IllegalStateException("commit failed", new OptimisticLockException("version 3 is gone"));
        })).isInstanceOf(DraftChangedMeanwhile.class).hasMessage(RACE_LOST);
    }

    @Test
    void aSlugTakenMeanwhileIsARaceNotABrokenRule() {
        assertThatThrownBy(() -> allOrNothing.run(RACE_LOST, () -> {
            throw new DuplicateSlugException(Slug.of("backstage"));
        })).isInstanceOf(DraftChangedMeanwhile.class).hasMessage(RACE_LOST);
    }

    @Test
    void anInnerUseCasesRaceIsSaidInTheOuterOnesWords() {
        assertThatThrownBy(() -> allOrNothing.run("The outer words.", () -> allOrNothing.run(RACE_LOST, () -> {
            throw new OptimisticLockException();
        }))).isInstanceOf(DraftChangedMeanwhile.class).hasMessage("The outer words.");
    }

    @Test
    void aRuleTheDomainRefusedIsARuleBrokenAboutTheSameField() {
        assertThatThrownBy(() -> allOrNothing.run(RACE_LOST, () -> {
            throw new RoadmapRuleViolation("An item needs a title.", "title");
        })).isInstanceOfSatisfying(RoadmapRuleBroken.class, broken -> {
            assertThat(broken).hasMessage("An item needs a title.");
            assertThat(broken.field()).contains("title");
        });
    }

    @Test
    void aNamedFailureAndAFaultLeaveAsTheyCame() {
        RoadmapNotFound notFound = new RoadmapNotFound("There is no roadmap 'x'.");
        assertThatThrownBy(() -> allOrNothing.run(RACE_LOST, () -> {
            throw notFound;
        })).isSameAs(notFound);
        IllegalStateException fault = new IllegalStateException("an observer failed");
        assertThatThrownBy(() -> allOrNothing.run(RACE_LOST, () -> {
            throw fault;
        })).isSameAs(fault);
    }
}
