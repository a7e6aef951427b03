package dev.roadmap.domain.model.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.domain.model.shared.Slug;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoadmapTest {

    private Roadmap roadmap;

    @BeforeEach
    void aRoadmapWithTwoHorizons() {
        roadmap = SampleRoadmaps.withTwoHorizons(Slug.of("backstage"));
    }

    private List<String> anchorsIn(String horizonKey) {
        return roadmap.itemsIn(horizonKey).stream().map(i -> i.anchor().value()).toList();
    }

    private List<Integer> positionsIn(String horizonKey) {
        return roadmap.itemsIn(horizonKey).stream().map(RoadmapItem::position).toList();
    }

    @Test
    void aNewRoadmapHasItsSlugAndTitleAndNothingElse() {
        Roadmap fresh = new Roadmap(Slug.of("empty"), "  Empty  ");
        assertThat(fresh.title()).isEqualTo("Empty");
        assertThat(fresh.horizons()).isEmpty();
        assertThat(fresh.sections()).isEmpty();
        assertThat(fresh.lastEditionNumber()).isZero();
    }

    @Test
    void aRoadmapNeedsATitle() {
        assertThatThrownBy(() -> new Roadmap(Slug.of("x"), "  "))
                .isInstanceOf(RoadmapRuleViolation.class).hasMessage("A roadmap needs a title.");
    }

    @Test
    void renamingToABlankTitleIsRefusedAndKeepsTheOldOne() {
        assertThatThrownBy(() -> roadmap.rename("")).isInstanceOf(RoadmapRuleViolation.class);
        assertThat(roadmap.title()).isEqualTo("The Backstage Roadmap");
    }

    @Test
    void itemsAreAddedAtTheEndOfTheirHorizonWithDensePositions() {
        assertThat(anchorsIn("whats-next")).containsExactly("a", "b", "c", "d");
        assertThat(positionsIn("whats-next")).containsExactly(0, 1, 2, 3);
        assertThat(positionsIn("future-work")).containsExactly(0, 1);
    }

    @Test
    void anAnchorCanBelongToOnlyOneItemOfARoadmap() {
        assertThatThrownBy(() -> roadmap.addItem("future-work", Anchor.of("a"), "Another a"))
                .isInstanceOf(RoadmapRuleViolation.class)
                .hasMessageContaining("'a' already belongs to the item 'Item a'");
    }

    @Test
    void anAliasCannotTakeAnotherItemsAnchor() {
        assertThatThrownBy(() -> roadmap.addItemAlias(Anchor.of("a"), Anchor.of("b")))
                .isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void anItemIsFoundByItsAliasAsWellAsItsAnchor() {
        roadmap.addItemAlias(Anchor.of("a"), Anchor.of("search-1.0"));
        assertThat(roadmap.findItem(Anchor.of("search-1.0"))).get()
                .extracting(RoadmapItem::anchor).isEqualTo(Anchor.of("a"));
    }

    @Test
    void anItemNeedsATitle() {
        assertThatThrownBy(() -> roadmap.addItem("whats-next", Anchor.of("e"), " "))
                .isInstanceOf(RoadmapRuleViolation.class).hasMessage("An item needs a title.");
    }

    @Test
    void anItemGoesIntoAnExistingHorizonOnly() {
        assertThatThrownBy(() -> roadmap.addItem("nowhere", Anchor.of("e"), "E"))
                .isInstanceOf(RoadmapRuleViolation.class).hasMessageContaining("no horizon 'nowhere'");
    }

    @Test
    void movingAnItemDownKeepsTheOthersInOrder() {
        roadmap.moveItem(Anchor.of("a"), "whats-next", 2);
        assertThat(anchorsIn("whats-next")).containsExactly("b", "c", "a", "d");
        assertThat(positionsIn("whats-next")).containsExactly(0, 1, 2, 3);
    }

    @Test
    void movingAnItemUpKeepsTheOthersInOrder() {
        roadmap.moveItem(Anchor.of("d"), "whats-next", 0);
        assertThat(anchorsIn("whats-next")).containsExactly("d", "a", "b", "c");
    }

    @Test
    void movingAnItemToAnotherHorizonClosesTheGapItLeaves() {
        roadmap.moveItem(Anchor.of("b"), "future-work", 1);
        assertThat(anchorsIn("whats-next")).containsExactly("a", "c", "d");
        assertThat(positionsIn("whats-next")).containsExactly(0, 1, 2);
        assertThat(anchorsIn("future-work")).containsExactly("x", "b", "y");
        assertThat(roadmap.findItem(Anchor.of("b")).orElseThrow().horizon().key()).isEqualTo("future-work");
    }

    @Test
    void movingAnItemToTheEndOfAnotherHorizonIsAllowed() {
        roadmap.moveItem(Anchor.of("a"), "future-work", 2);
        assertThat(anchorsIn("future-work")).containsExactly("x", "y", "a");
    }

    @Test
    void movingAnItemOutsideTheHorizonIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> roadmap.moveItem(Anchor.of("a"), "future-work", 3))
                .isInstanceOf(RoadmapRuleViolation.class).hasMessageContaining("Position 3");
        assertThat(anchorsIn("whats-next")).containsExactly("a", "b", "c", "d");
        assertThat(anchorsIn("future-work")).containsExactly("x", "y");
    }

    @Test
    void reorderingPutsTheItemsInTheGivenOrder() {
        roadmap.reorderItems("whats-next", List.of(Anchor.of("d"), Anchor.of("c"), Anchor.of("b"), Anchor.of("a")));
        assertThat(anchorsIn("whats-next")).containsExactly("d", "c", "b", "a");
        assertThat(positionsIn("whats-next")).containsExactly(0, 1, 2, 3);
    }

    @Test
    void reorderingMustNameEveryItemOfTheHorizonOnce() {
        assertThatThrownBy(() -> roadmap.reorderItems("whats-next", List.of(Anchor.of("a"), Anchor.of("a"),
                Anchor.of("b"), Anchor.of("c"))))
                .isInstanceOf(RoadmapRuleViolation.class).hasMessageContaining("exactly once");
        assertThat(anchorsIn("whats-next")).containsExactly("a", "b", "c", "d");
    }

    @Test
    void removingAnItemClosesTheGap() {
        roadmap.removeItem(Anchor.of("b"));
        assertThat(anchorsIn("whats-next")).containsExactly("a", "c", "d");
        assertThat(positionsIn("whats-next")).containsExactly(0, 1, 2);
    }

    @Test
    void itemsListsEveryItemInDocumentOrder() {
        roadmap.moveHorizon("future-work", 0);
        assertThat(roadmap.items()).extracting(i -> i.anchor().value()).containsExactly("x", "y", "a", "b", "c", "d");
    }

    @Test
    void horizonKeysAreUniqueWithinARoadmap() {
        assertThatThrownBy(() -> roadmap.addHorizon("whats-next", "Again", HorizonKind.OTHER))
                .isInstanceOf(RoadmapRuleViolation.class).hasMessageContaining("already has a horizon 'whats-next'");
    }

    @Test
    void movingAHorizonKeepsTheOthersInOrder() {
        roadmap.addHorizon("done", "Completed milestones", HorizonKind.DONE);
        roadmap.moveHorizon("done", 0);
        assertThat(roadmap.horizons()).extracting(Horizon::key).containsExactly("done", "whats-next", "future-work");
        assertThat(roadmap.horizons()).extracting(Horizon::position).containsExactly(0, 1, 2);
    }

    @Test
    void aHorizonWithItemsCannotBeRemoved() {
        assertThatThrownBy(() -> roadmap.removeHorizon("future-work"))
                .isInstanceOf(RoadmapRuleViolation.class).hasMessageContaining("still holds 2 item(s)");
    }

    @Test
    void removingAHorizonKeepsTheSectionsAfterTheSameHorizons() {
        roadmap.addSection("How to influence the roadmap", "Open an issue.");
        roadmap.removeItem(Anchor.of("x"));
        roadmap.removeItem(Anchor.of("y"));
        roadmap.removeHorizon("future-work");
        assertThat(roadmap.horizons()).extracting(Horizon::key).containsExactly("whats-next");
        assertThat(roadmap.sections().get(0).horizonsBefore()).isEqualTo(1);
    }

    @Test
    void sectionsKeepDocumentOrder() {
        roadmap.addSection("The Backstage Roadmap", "Intro.", 0);
        roadmap.addSection("How to influence the roadmap", "Open an issue.");
        assertThat(roadmap.sections()).extracting(Section::title)
                .containsExactly("The Backstage Roadmap", "How to influence the roadmap");
        assertThat(roadmap.sections()).extracting(Section::horizonsBefore).containsExactly(0, 2);
    }

    @Test
    void removingASectionClosesTheGap() {
        roadmap.addSection("One", "1");
        roadmap.addSection("Two", "2");
        roadmap.addSection("Three", "3");
        roadmap.removeSection(1);
        assertThat(roadmap.sections()).extracting(Section::title).containsExactly("One", "Three");
        assertThat(roadmap.sections()).extracting(Section::position).containsExactly(0, 1);
    }

    @Test
    void tagsDropBlanksAndRepeatsAndKeepTheirOrder() {
        roadmap.tagItem(Anchor.of("a"), List.of("search", " ", "ux", "search"));
        assertThat(roadmap.findItem(Anchor.of("a")).orElseThrow().tags()).containsExactly("search", "ux");
    }

    @Test
    void anItemsAreaIsKeptStrippedAndABlankOneTakesItOutOfAnyArea() {
        roadmap.placeItemInArea(Anchor.of("a"), "  SIG Node ");
        assertThat(roadmap.findItem(Anchor.of("a")).orElseThrow().area()).contains("SIG Node");
        roadmap.placeItemInArea(Anchor.of("a"), " ");
        assertThat(roadmap.findItem(Anchor.of("a")).orElseThrow().area()).isEmpty();
    }

    @Test
    void anAreaNameLongerThanTheLimitIsRefusedAndNamesTheField() {
        assertThatThrownBy(() -> roadmap.placeItemInArea(Anchor.of("a"), "x".repeat(Area.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(RoadmapRuleViolation.class, e -> assertThat(e.field()).contains("area"));
    }

    @Test
    void roadmapsThatDifferOnlyInAnItemsAreaDoNotHaveTheSameContent() {
        Roadmap copy = new Roadmap(Slug.of("copy"), "x");
        copy.replaceContentWith(roadmap);
        roadmap.placeItemInArea(Anchor.of("c"), "Server");
        assertThat(copy.hasSameContentAs(roadmap)).isFalse();
        copy.replaceContentWith(roadmap);
        assertThat(copy.findItem(Anchor.of("c")).orElseThrow().area()).contains("Server");
        assertThat(copy.hasSameContentAs(roadmap)).isTrue();
    }

    @Test
    void aChangeToAnItemTouchesTheRoot() throws InterruptedException {
        var before = roadmap.updatedAt();
        Thread.sleep(2);
        roadmap.changeItemStatus(Anchor.of("a"), ItemStatus.IN_PROGRESS);
        assertThat(roadmap.updatedAt()).isAfter(before);
        assertThat(roadmap.findItem(Anchor.of("a")).orElseThrow().status()).isEqualTo(ItemStatus.IN_PROGRESS);
    }

    @Test
    void anUnstoredRoadmapCannotBePublished() {
        assertThatThrownBy(() -> roadmap.publish("Q2 2022", "", "admin", "# x", java.time.Instant.now()))
                .isInstanceOf(RoadmapRuleViolation.class).hasMessageContaining("before publishing");
    }

    @Test
    void aSectionMayHaveNoHeading() {
        roadmap.addSection("  ", "A note after the list.");
        assertThat(roadmap.sections().get(0).title()).isEmpty();
    }

    @Test
    void aHorizonLaysOutItsItemsAsHeadingsUntilToldOtherwise() {
        assertThat(roadmap.findHorizon("future-work").orElseThrow().itemLayout()).isEqualTo(ItemLayout.HEADINGS);
        roadmap.layOutHorizonItems("future-work", ItemLayout.LIST);
        assertThat(roadmap.findHorizon("future-work").orElseThrow().itemLayout()).isEqualTo(ItemLayout.LIST);
    }

    @Test
    void replacingTheContentKeepsTheSlugAndTakesEverythingElse() {
        Roadmap source = new Roadmap(Slug.of("other"), "Renamed");
        source.addHorizon("now", "Now", HorizonKind.ONGOING);
        source.addItem("now", Anchor.of("z"), "Item z");
        source.tagItem(Anchor.of("z"), List.of("core"));
        source.addItemAlias(Anchor.of("z"), Anchor.of("zed"));
        source.addSection("Help", "Ask.");

        roadmap.replaceContentWith(source);

        assertThat(roadmap.slug()).isEqualTo(Slug.of("backstage"));
        assertThat(roadmap.title()).isEqualTo("Renamed");
        assertThat(roadmap.horizons()).extracting(Horizon::key).containsExactly("now");
        assertThat(roadmap.findItem(Anchor.of("zed")).orElseThrow().tags()).containsExactly("core");
        assertThat(roadmap.findItem(Anchor.of("a"))).isEmpty();
        assertThat(roadmap.hasSameContentAs(source)).isTrue();
    }

    @Test
    void roadmapsThatDifferInOneItemsBodyDoNotHaveTheSameContent() {
        Roadmap copy = new Roadmap(Slug.of("copy"), "x");
        copy.replaceContentWith(roadmap);
        assertThat(copy.hasSameContentAs(roadmap)).isTrue();

        copy.describeItem(Anchor.of("c"), "", "changed");

        assertThat(copy.hasSameContentAs(roadmap)).isFalse();
    }

    @Test
    void aHorizonListsItsOwnItemsInOrder() {
        Horizon next = roadmap.findHorizon("whats-next").orElseThrow();
        assertThat(next.items()).extracting(i -> i.anchor().value()).containsExactly("a", "b", "c", "d");
        assertThat(next.size()).isEqualTo(4);
        assertThat(next.items()).allMatch(i -> i.horizon() == next);
    }

    @Test
    void movingAnItemBeyondTheEndOfItsOwnHorizonIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> roadmap.moveItem(Anchor.of("a"), "whats-next", 4))
                .isInstanceOf(RoadmapRuleViolation.class).hasMessageContaining("a item can go at 0 to 3");
        assertThat(anchorsIn("whats-next")).containsExactly("a", "b", "c", "d");
        assertThat(positionsIn("whats-next")).containsExactly(0, 1, 2, 3);
    }

    @Test
    void movingAnItemToTheHorizonItIsInAtItsOwnPlaceChangesNoOrder() {
        roadmap.moveItem(Anchor.of("b"), "whats-next", 1);
        assertThat(anchorsIn("whats-next")).containsExactly("a", "b", "c", "d");
    }

    @Test
    void removingAnItemFreesItsAnchorAndAliasesForAnother() {
        roadmap.addItemAlias(Anchor.of("b"), Anchor.of("old-b"));
        roadmap.removeItem(Anchor.of("b"));

        roadmap.addItem("future-work", Anchor.of("old-b"), "New b");
        roadmap.addItem("future-work", Anchor.of("b"), "Another b");

        assertThat(roadmap.findItem(Anchor.of("old-b")).orElseThrow().title()).isEqualTo("New b");
        assertThat(anchorsIn("future-work")).containsExactly("x", "y", "old-b", "b");
    }

    @Test
    void anItemMovedToAnotherHorizonIsFoundThereByItsAlias() {
        roadmap.addItemAlias(Anchor.of("a"), Anchor.of("search-1.0"));
        roadmap.moveItem(Anchor.of("a"), "future-work", 0);
        assertThat(roadmap.findItem(Anchor.of("search-1.0")).orElseThrow().horizon().key()).isEqualTo("future-work");
    }

    @Test
    void aCopyTakesItsOwnItemsSoChangingTheSourceLeavesItAlone() {
        Roadmap copy = new Roadmap(Slug.of("copy"), "x");
        copy.replaceContentWith(roadmap);

        roadmap.renameItem(Anchor.of("a"), "Renamed in the source");
        roadmap.moveItem(Anchor.of("d"), "future-work", 0);

        assertThat(copy.findItem(Anchor.of("a")).orElseThrow().title()).isEqualTo("Item a");
        assertThat(copy.itemsIn("whats-next")).extracting(i -> i.anchor().value()).containsExactly("a", "b", "c", "d");
        assertThat(copy.items()).allMatch(i -> copy.findHorizon(i.horizon().key()).orElseThrow() == i.horizon());
    }

    @Test
    void roadmapsWhoseItemsStandInAnotherOrderDoNotHaveTheSameContent() {
        Roadmap copy = new Roadmap(Slug.of("copy"), "x");
        copy.replaceContentWith(roadmap);

        copy.moveItem(Anchor.of("a"), "whats-next", 1);

        assertThat(copy.hasSameContentAs(roadmap)).isFalse();
    }

    @Test
    void aTooLongDescriptionIsRefusedNamingTheFieldAndKeepsTheOldOne() {
        roadmap.describe("Where Backstage is going");
        assertThatThrownBy(() -> roadmap.describe("x".repeat(Description.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(RoadmapRuleViolation.class, e -> assertThat(e.field()).contains("description"));
        assertThat(roadmap.description()).isEqualTo("Where Backstage is going");
    }

    @Test
    void aTooLongTagIsRefusedNamingTheFieldAndKeepsTheOldTags() {
        roadmap.tagItem(Anchor.of("a"), List.of("search"));
        assertThatThrownBy(() -> roadmap.tagItem(Anchor.of("a"), List.of("x".repeat(Tags.MAX_TAG_LENGTH + 1))))
                .isInstanceOfSatisfying(RoadmapRuleViolation.class, e -> assertThat(e.field()).contains("tags"));
        assertThat(roadmap.findItem(Anchor.of("a")).orElseThrow().tags()).containsExactly("search");
    }

    @Test
    void aTakenAnchorIsRefusedBeforeTheTitleIsLookedAt() {
        assertThatThrownBy(() -> roadmap.addItem("future-work", Anchor.of("a"), " "))
                .isInstanceOf(RoadmapRuleViolation.class).hasMessageContaining("'a' already belongs to the item 'Item a'");
        assertThat(anchorsIn("future-work")).containsExactly("x", "y");
    }
}
