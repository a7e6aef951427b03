package dev.roadmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.DuplicateSlugException;
import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.edition.EditionRepository;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.shared.Slug;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.lang.reflect.Field;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Storing roadmaps and editions, inside the built WAR on a real Payara Micro, on H2 or on the PostgreSQL
 * that ROADMAP_DB_URL names. One deployment for all of these, since each boot costs seconds.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive portal() {
        return BuiltWar.withTestClasses(PersistenceIT.class, SampleRoadmaps.class, TestTransactions.class);
    }

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private EditionRepository editions;

    @Inject
    private TestTransactions transactions;

    // --- persistence, inside the server ----------------------------------------------------------------

    @Test
    void aCompleteRoadmapIsReadBackExactlyAsItWasSaved() {
        Roadmap roadmap = SampleRoadmaps.complete(SampleRoadmaps.freshSlug("complete"));
        String saved = SampleRoadmaps.picture(roadmap);
        roadmaps.add(roadmap);

        Roadmap read = roadmaps.findBySlug(roadmap.slug()).orElseThrow();

        assertEquals(saved, SampleRoadmaps.picture(read));
        assertTrue(read.findItem(Anchor.of("search-1.0")).isPresent(), "the alias still resolves");
    }

    @Test
    void theSecondOfTwoConcurrentSavesGetsAConflictAndTheFirstIsKept() {
        Slug slug = SampleRoadmaps.freshSlug("conflict");
        roadmaps.add(SampleRoadmaps.complete(slug));
        Roadmap first = roadmaps.findBySlug(slug).orElseThrow();
        Roadmap second = roadmaps.findBySlug(slug).orElseThrow();

        first.rename("Renamed by the first editor");
        roadmaps.save(first);
        second.describeItem(Anchor.of("ease-of-onboarding"), "Changed by the second editor", "");

        assertThrows(OptimisticLockException.class, () -> roadmaps.save(second));
        Roadmap stored = roadmaps.findBySlug(slug).orElseThrow();
        assertEquals("Renamed by the first editor", stored.title());
        assertEquals("", stored.findItem(Anchor.of("ease-of-onboarding")).orElseThrow().summary());
    }

    @Test
    void aChangeToAnItemAloneStillMovesTheRoadmapsVersion() {
        Slug slug = SampleRoadmaps.freshSlug("version");
        roadmaps.add(SampleRoadmaps.complete(slug));
        Roadmap roadmap = roadmaps.findBySlug(slug).orElseThrow();
        long before = roadmap.version();

        roadmap.moveItem(Anchor.of("graphql-support"), "whats-next", 0);
        Roadmap saved = roadmaps.save(roadmap);

        assertNotEquals(before, saved.version());
        assertEquals("graphql-support", roadmaps.findBySlug(slug).orElseThrow().itemsIn("whats-next").get(0).anchor().value());
    }

    @Test
    void aSecondRoadmapWithTheSameSlugIsRefusedWithAClearError() {
        Slug slug = SampleRoadmaps.freshSlug("taken");
        roadmaps.add(new Roadmap(slug, "First"));

        DuplicateSlugException refused = assertThrows(DuplicateSlugException.class,
                () -> roadmaps.add(new Roadmap(slug, "Second")));

        assertTrue(refused.getMessage().contains("'" + slug + "' already exists"), refused.getMessage());
        assertEquals("First", roadmaps.findBySlug(slug).orElseThrow().title());
    }

    @Test
    void aStoredEditionCannotBeChangedOrDeleted() throws ReflectiveOperationException {
        Slug slug = SampleRoadmaps.freshSlug("edition");
        roadmaps.add(SampleRoadmaps.complete(slug));
        Roadmap roadmap = roadmaps.findBySlug(slug).orElseThrow();
        Edition edition = roadmap.publish("Q2 2022", "First edition", "admin", "# The Backstage Roadmap\n", Instant.now());
        editions.add(edition);
        roadmaps.save(roadmap);
        Field label = Edition.class.getDeclaredField("label");
        label.setAccessible(true);

        Edition tampered = editions.find(roadmap, 1).orElseThrow();
        setField(label, tampered, "Tampered");

        assertThrows(RuntimeException.class, () -> transactions.inNewTransaction(em -> em.merge(tampered)));
        assertThrows(RuntimeException.class, () -> transactions.inNewTransaction(em -> {
            em.remove(em.find(Edition.class, edition.id()));
            return null;
        }));

        Edition stored = editions.find(roadmap, 1).orElseThrow();
        assertEquals("Q2 2022", stored.label());
        assertEquals("# The Backstage Roadmap\n", stored.markdown());
        assertEquals(1, roadmaps.findBySlug(slug).orElseThrow().lastEditionNumber());
    }

    private static void setField(Field field, Object target, Object value) {
        try {
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
