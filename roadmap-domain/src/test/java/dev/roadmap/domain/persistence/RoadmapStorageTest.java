package dev.roadmap.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.domain.model.roadmap.SampleRoadmaps;
import dev.roadmap.domain.model.shared.Slug;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A roadmap stored through JPA and read back in another unit of work, the way the server does it: changes
 * made to a roadmap read earlier (detached) are merged, so moves and removals must survive a merge.
 */
class RoadmapStorageTest {

    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.open();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static Slug freshSlug() {
        return Slug.of("stored-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Roadmap complete(Slug slug) {
        Roadmap roadmap = SampleRoadmaps.withTwoHorizons(slug);
        roadmap.describe("Where Backstage is going");
        roadmap.planFor(PlanningPeriod.quarter(2022, 2, "the ongoing quarter from April through June 2022"));
        roadmap.addSection("Intro", "Prose.", 0);
        roadmap.addItemAlias(Anchor.of("a"), Anchor.of("search-1.0"));
        roadmap.describeItem(Anchor.of("a"), "Search, for real.", "Body");
        roadmap.changeItemStatus(Anchor.of("a"), ItemStatus.IN_PROGRESS);
        roadmap.targetItem(Anchor.of("a"), PlanningPeriod.parse("2022-Q3"));
        roadmap.tagItem(Anchor.of("a"), List.of("search", "core"));
        roadmap.placeItemInArea(Anchor.of("x"), "Server");
        roadmap.addSection("How to influence the roadmap", "Open an issue.");
        roadmap.headHorizonAt(roadmap.horizons().get(0).key(), 1);
        roadmap.headSectionAt(0, 3);
        return roadmap;
    }

    /** Every stored field that orders or names something, as text: equal pictures mean equal roadmaps. */
    private static String picture(Roadmap roadmap) {
        StringBuilder text = new StringBuilder(roadmap.slug() + "|" + roadmap.title() + "|" + roadmap.description()
                + "|" + roadmap.period().map(PlanningPeriod::toString).orElse("-") + "\n");
        roadmap.horizons().forEach(h -> {
            text.append("H ").append(h.position()).append(' ').append(h.key()).append('|').append(h.title())
                    .append('|').append(h.headingLevel()).append('\n');
            roadmap.itemsIn(h.key()).forEach(i -> text.append("  I ").append(item(i)).append('\n'));
        });
        roadmap.sections().forEach(s -> text.append("S ").append(s.position()).append(' ').append(s.horizonsBefore())
                .append('|').append(s.title()).append('|').append(s.body()).append('|').append(s.headingLevel()).append('\n'));
        return text.toString();
    }

    private static String item(RoadmapItem item) {
        return item.position() + " " + item.anchor() + "|" + item.aliases().stream().map(Anchor::value)
                .collect(Collectors.joining(",")) + "|" + item.title() + "|" + item.summary() + "|" + item.body()
                + "|" + item.status() + "|" + item.target().map(PlanningPeriod::toString).orElse("-") + "|"
                + String.join(",", item.tags()) + "|" + item.area().orElse("-") + "|" + item.horizon().key();
    }

    private static Roadmap stored(Roadmap roadmap) {
        database.inTransaction(em -> {
            TestDatabase.roadmaps(em).add(roadmap);
            return null;
        });
        return read(roadmap.slug());
    }

    /** The roadmap as a new unit of work reads it; detached once returned. */
    private static Roadmap read(Slug slug) {
        return database.inTransaction(em -> {
            Roadmap roadmap = TestDatabase.roadmaps(em).findBySlug(slug).orElseThrow();
            roadmap.items().forEach(RoadmapItem::tags);
            roadmap.items().forEach(RoadmapItem::aliases);
            return roadmap;
        });
    }

    private static void saved(Roadmap detached) {
        database.inTransaction(em -> TestDatabase.roadmaps(em).save(detached));
    }

    private static List<String> anchorsIn(Roadmap roadmap, String horizonKey) {
        return roadmap.itemsIn(horizonKey).stream().map(i -> i.anchor().value()).toList();
    }

    @Test
    void aCompleteRoadmapIsReadBackExactlyAsItWasSaved() {
        Roadmap roadmap = complete(freshSlug());
        String saved = picture(roadmap);

        Roadmap read = stored(roadmap);

        assertThat(picture(read)).isEqualTo(saved);
        assertThat(read.findItem(Anchor.of("search-1.0"))).isPresent();
    }

    @Test
    void movingAnItemWithinItsHorizonIsStoredInItsNewPlace() {
        Roadmap read = stored(complete(freshSlug()));

        read.moveItem(Anchor.of("a"), "whats-next", 2);
        saved(read);

        Roadmap again = read(read.slug());
        assertThat(anchorsIn(again, "whats-next")).containsExactly("b", "c", "a", "d");
        assertThat(picture(again)).isEqualTo(picture(read));
    }

    @Test
    void movingAnItemToAnotherHorizonKeepsTheItemAndBothOrders() {
        Roadmap read = stored(complete(freshSlug()));

        read.moveItem(Anchor.of("a"), "future-work", 1);
        saved(read);

        Roadmap again = read(read.slug());
        assertThat(anchorsIn(again, "whats-next")).containsExactly("b", "c", "d");
        assertThat(anchorsIn(again, "future-work")).containsExactly("x", "a", "y");
        assertThat(again.findItem(Anchor.of("search-1.0")).orElseThrow().tags()).containsExactly("search", "core");
        assertThat(picture(again)).isEqualTo(picture(read));
    }

    @Test
    void aMoveMadeInsideTheUnitOfWorkIsStoredToo() {
        Slug slug = stored(complete(freshSlug())).slug();

        database.inTransaction(em -> {
            Roadmap managed = TestDatabase.roadmaps(em).findBySlug(slug).orElseThrow();
            managed.moveItem(Anchor.of("y"), "whats-next", 0);
            managed.moveItem(Anchor.of("c"), "future-work", 0);
            return null;
        });

        Roadmap again = read(slug);
        assertThat(anchorsIn(again, "whats-next")).containsExactly("y", "a", "b", "d");
        assertThat(anchorsIn(again, "future-work")).containsExactly("c", "x");
        assertThat(again.itemsIn("whats-next")).extracting(RoadmapItem::position).containsExactly(0, 1, 2, 3);
    }

    @Test
    void reorderingAndRemovingItemsIsStoredWithDensePositions() {
        Roadmap read = stored(complete(freshSlug()));

        read.reorderItems("whats-next", List.of(Anchor.of("d"), Anchor.of("c"), Anchor.of("b"), Anchor.of("a")));
        read.removeItem(Anchor.of("c"));
        read.removeItem(Anchor.of("x"));
        saved(read);

        Roadmap again = read(read.slug());
        assertThat(anchorsIn(again, "whats-next")).containsExactly("d", "b", "a");
        assertThat(again.itemsIn("whats-next")).extracting(RoadmapItem::position).containsExactly(0, 1, 2);
        assertThat(anchorsIn(again, "future-work")).containsExactly("y");
        assertThat(again.findItem(Anchor.of("c"))).isEmpty();
    }

    @Test
    void replacingTheContentWithItemsOfTheSameAnchorsIsStored() {
        Roadmap read = stored(complete(freshSlug()));
        Roadmap source = complete(Slug.of("source"));
        source.moveItem(Anchor.of("d"), "future-work", 0);
        source.renameItem(Anchor.of("b"), "Renamed b");

        read.replaceContentWith(source);
        saved(read);

        Roadmap again = read(read.slug());
        assertThat(again.hasSameContentAs(source)).isTrue();
        assertThat(anchorsIn(again, "future-work")).containsExactly("d", "x", "y");
    }

    @Test
    void aHorizonMovedAheadOfAnotherIsStoredInItsPlaceWithItsItems() {
        Roadmap read = stored(complete(freshSlug()));

        read.moveHorizon("future-work", 0);
        saved(read);

        Roadmap again = read(read.slug());
        assertThat(again.items()).extracting(i -> i.anchor().value()).containsExactly("x", "y", "a", "b", "c", "d");
    }

    @Test
    void aRemovedRoadmapTakesItsHorizonsAndItemsWithIt() {
        Roadmap read = stored(complete(freshSlug()));

        database.inTransaction(em -> {
            TestDatabase.roadmaps(em).remove(read);
            return null;
        });

        Optional<Roadmap> gone = database.inTransaction(em -> TestDatabase.roadmaps(em).findBySlug(read.slug()));
        assertThat(gone).isEmpty();
        long items = database.inTransaction(em -> em.createQuery(
                "select count(i) from RoadmapItem i where i.roadmap.id = :id", Long.class)
                .setParameter("id", read.id()).getSingleResult());
        assertThat(items).isZero();
    }
}
