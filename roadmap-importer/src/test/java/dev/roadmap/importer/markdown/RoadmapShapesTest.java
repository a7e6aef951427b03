package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One small document per shape a person reads as items, and what the reader makes of it. */
class RoadmapShapesTest {

    private final RoadmapReader reader = new RoadmapReader();
    private final RoadmapWriter writer = new RoadmapWriter();

    private Roadmap read(String markdown) {
        ReadResult result = reader.read(markdown);
        assertThat(result.report().errors()).isEmpty();
        Roadmap roadmap = result.roadmap().orElseThrow();
        Roadmap again = reader.read(writer.write(roadmap)).roadmap().orElseThrow();
        assertThat(RoadmapPicture.of(again)).as("read(write(r))").isEqualTo(RoadmapPicture.of(roadmap));
        return roadmap;
    }

    private static List<String> titles(Roadmap roadmap) {
        return roadmap.items().stream().map(RoadmapItem::title).toList();
    }

    @Test
    void horizonsAreFoundUnderAWrapperHeadingAtAnyLevel() {
        Roadmap roadmap = read("# R\n\n## Detailed roadmap\n\nText.\n\n### Q1 2026\n\n- One\n- Two\n\n### Later\n\n- Three\n");
        assertThat(roadmap.horizons()).extracting(h -> h.title()).containsExactly("Q1 2026", "Later");
        assertThat(roadmap.horizons().get(1).kind()).isEqualTo(HorizonKind.LATER);
        assertThat(titles(roadmap)).containsExactly("One", "Two", "Three");
    }

    @Test
    void anUnnamedHeadingAfterHorizonsIsAHorizonToo() {
        Roadmap roadmap = read("# R\n\n## 2024 H1\n\n- One\n\n## Someday maybe\n\n- Two\n");
        assertThat(roadmap.horizons()).extracting(h -> h.title()).containsExactly("2024 H1", "Someday maybe");
    }

    @Test
    void priorityAndPeriodHeadingsAreHorizons() {
        assertThat(HorizonNames.kindOf("Priority 1")).isPresent();
        assertThat(HorizonNames.kindOf("v2.8 (Q1 2026)")).isPresent();
        assertThat(HorizonNames.kindOf("In-Progress (Near-term)")).contains(HorizonKind.ONGOING);
        assertThat(HorizonNames.kindOf("Pending")).contains(HorizonKind.LATER);
        assertThat(HorizonNames.kindOf("How to contribute")).isEmpty();
    }

    @Test
    void aFlatRoadmapWithAHeadingPerFeatureIsOneHorizon() {
        Roadmap roadmap = read("# Roadmap\n\nFeatures we plan.\n\n### Alpha\n\nText a.\n\n### Beta\n\nText b.\n");
        assertThat(roadmap.horizons()).hasSize(1);
        assertThat(titles(roadmap)).containsExactly("Alpha", "Beta");
    }

    @Test
    void boldLinesStandingAsHeadingsAreTheFeaturesOfAFlatRoadmap() {
        Roadmap roadmap = read("# Roadmap\n\nWhat we plan.\n\n**Alpha**\n\nText a.\n\n**Beta**\n\nText b.\n");
        assertThat(titles(roadmap)).containsExactly("Alpha", "Beta");
    }

    @Test
    void aHeadingHoldingOnlyAListIsTheAreaOfItsBullets() {
        Roadmap roadmap = read("# R\n\n## 2023 H1\n\n### SIG Node\n\n- One\n- Two\n\n### SIG Edge\n\n- Three\n");
        assertThat(roadmap.items()).extracting(i -> i.area().orElse("")).containsExactly("SIG Node", "SIG Node", "SIG Edge");
    }

    @Test
    void aBoldLabelOverAListIsTheAreaOfItsBullets() {
        Roadmap roadmap = read("# R\n\n## v1.3.0\n\n**Server**\n\n- One\n\n**UI**\n\n- Two\n");
        assertThat(roadmap.items()).extracting(i -> i.area().orElse("")).containsExactly("Server", "UI");
    }

    @Test
    void aLabelBulletWithANestedListGroupsItsBullets() {
        Roadmap roadmap = read("# R\n\n## What's next\n\n* General\n  * One [#1](https://x.example/1)\n  * Two\n");
        assertThat(titles(roadmap)).containsExactly("One [#1](https://x.example/1)", "Two");
        assertThat(roadmap.items().get(0).area()).contains("General");
    }

    @Test
    void everyListOfAHorizonHoldsItemsAndARuleDoesNotEndIt() {
        Roadmap roadmap = read("# R\n\n## Backlog\n\n- One\n\nSome words.\n\n---\n\n- Two\n");
        assertThat(titles(roadmap)).containsExactly("One", "Two");
    }

    @Test
    void tableRowsWithAStatusColumnAreItems() {
        Roadmap roadmap = read("# R\n\n## Next\n\n| Name | Product | Status |\n| --- | --- | --- |\n"
                + "| Charts | MUI X | ✅ |\n| Gauge | | 🚧 |\n");
        assertThat(titles(roadmap)).containsExactly("Charts", "Gauge");
        assertThat(roadmap.items()).extracting(RoadmapItem::status).containsExactly(ItemStatus.SHIPPED, ItemStatus.IN_PROGRESS);
        assertThat(roadmap.items().get(1).area()).contains("MUI X");
    }

    @Test
    void statusMarksComeOutOfTheTitle() {
        assertThat(StatusWords.read("Key rotation (In Progress)")).isEqualTo(
                new StatusWords.Marked("Key rotation", Optional.of(ItemStatus.IN_PROGRESS), "In Progress"));
        assertThat(StatusWords.read("[Done] Backups").status()).contains(ItemStatus.SHIPPED);
        assertThat(StatusWords.read("Search GA ⌛").title()).isEqualTo("Search GA");
        assertThat(StatusWords.read("~~Add GRPC chaos~~").status()).contains(ItemStatus.DROPPED);
        assertThat(StatusWords.inBody("It was released on May 5th.")).contains(ItemStatus.SHIPPED);
        assertThat(StatusWords.inBody("Status: Completed")).contains(ItemStatus.SHIPPED);
    }

    @Test
    void aBulletsFirstSentenceIsItsTitle() {
        Roadmap roadmap = read("# R\n\n## v1.0\n\n- [x] Add CPU chaos. Simulate CPU being busy.\n");
        assertThat(titles(roadmap)).containsExactly("Add CPU chaos");
        assertThat(roadmap.items().get(0).summary()).isEqualTo("Simulate CPU being busy.");
    }

    @Test
    void aLabelBeforeAColonIsTheAreaAndATrailingSizeATag() {
        Roadmap roadmap = read("# R\n\n## Priority 1\n\n* Spark: [Merge-on-read](https://x.example) [large]\n");
        RoadmapItem item = roadmap.items().get(0);
        assertThat(item.title()).isEqualTo("[Merge-on-read](https://x.example)");
        assertThat(item.area()).contains("Spark");
        assertThat(item.tags()).containsExactly("large");
    }

    @Test
    void theSameBulletListedTwiceIsOneItemAndAWarning() {
        ReadResult result = reader.read("# R\n\n## Done\n\n- One\n- Two\n\n- One\n");
        assertThat(titles(result.roadmap().orElseThrow())).containsExactly("One", "Two");
        assertThat(result.report().warnings()).anyMatch(w -> w.message().contains("listed twice"));
    }

    @Test
    void aOneLineBulletIsNotEmpty() {
        ReadResult result = reader.read("# R\n\n## Next\n\n- One\n");
        assertThat(result.report().warnings()).noneMatch(w -> w.message().contains("empty"));
    }

    @Test
    void mergeConflictMarkersRefuseTheDocumentWithTheirLines() {
        ReadResult result = reader.read("# R\n\n<<<<<<< HEAD\n- a\n=======\n- b\n>>>>>>> other\n");
        assertThat(result.roadmap()).isEmpty();
        assertThat(result.report().errors()).extracting(e -> e.line()).containsExactly(3, 5, 7);
    }

    @Test
    void theAreaIsWrittenBackAsAMetadataLine() {
        Roadmap roadmap = read("# R\n\n## 2023 H1\n\n### SIG Node\n\n- One\n");
        assertThat(writer.write(roadmap)).contains("- One\n\n  **Area:** SIG Node");
    }

    @Test
    void listsUnderTheTitleAloneAreTheItemsOfOneHorizon() {
        Roadmap roadmap = read("# TiKV\n\nWhat we plan.\n\n- [ ] Raft\n- [x] Region merge\n\nLater:\n\n* Flow control\n");
        assertThat(roadmap.horizons()).hasSize(1);
        assertThat(titles(roadmap)).containsExactly("Raft", "Region merge", "Flow control");
        assertThat(roadmap.items().get(1).status()).isEqualTo(ItemStatus.SHIPPED);
    }

    @Test
    void aMilestonesHeadingOverQuartersGroupsTheQuartersAsHorizons() {
        Roadmap roadmap = read("# R\n\n## Milestones by quarter\n\n### 2025 Q1 ####\n\n#### Features ####\n\n- [x] One\n"
                + "- [x] Two\n\n### 2025 Q2\n\n- [ ] Three\n");
        assertThat(roadmap.horizons()).extracting(h -> h.title()).containsExactly("2025 Q1", "2025 Q2");
        assertThat(titles(roadmap)).containsExactly("One", "Two", "Three");
        assertThat(roadmap.items().get(0).area()).contains("Features");
    }

    @Test
    void aReleaseHeadingWithObjectivesBetweenItsListsGroupsItsFeatures() {
        Roadmap roadmap = read("# R\n\n## Released\n\n### v0.5 API\n\nObjective: \"Stabilize the API\"\n\n* Conversion webhook\n\n"
                + "Proposal: https://example.org/doc\n\nObjective: \"Cut costs\"\n\n* GPU sharing\n\n## Next\n\n- Graph\n");
        assertThat(titles(roadmap)).containsExactly("Conversion webhook", "GPU sharing", "Graph");
        assertThat(roadmap.items().get(0).area()).contains("v0.5 API");
    }

    @Test
    void theSameFeatureInTwoAreasIsTwoItems() {
        Roadmap roadmap = read("# R\n\n## Next\n\n### Cassandra\n\n- Graduate CRDs to beta\n- Repair\n\n"
                + "### NFS\n\n- Graduate CRDs to beta\n- Quotas\n");
        assertThat(titles(roadmap)).containsExactly("Graduate CRDs to beta", "Repair", "Graduate CRDs to beta", "Quotas");
    }

    @Test
    void aShortLineOverAListNamesItsArea() {
        Roadmap roadmap = read("# R\n\n## Kubeflow 0.7\n\nDeployment\n\n* kfctl to beta\n* Upgrades\n\nMetadata\n\n* Lineage\n");
        assertThat(roadmap.items()).extracting(i -> i.area().orElse(""))
                .containsExactly("Deployment", "Deployment", "Metadata");
    }

    @Test
    void aBulletOverBareLinksIsAPointerNotAFeature() {
        Roadmap roadmap = read("# R\n\n## Next\n\n- Source repositories\n  - https://github.com/a/b\n  - https://github.com/a/c\n"
                + "- Snapshots\n");
        assertThat(titles(roadmap)).containsExactly("Snapshots");
    }

    @Test
    void prioritiesAreHorizons() {
        assertThat(HorizonNames.kindOf("Priorities")).contains(HorizonKind.OTHER);
    }

    @Test
    void aBoldNameClosedByAPeriodIsTheTitleAndTheRestItsSummary() {
        Roadmap roadmap = read("# R\n\n## Priorities\n\n- **Design.** We keep up.\n- **More components**. We build them.\n");
        assertThat(titles(roadmap)).containsExactly("Design", "More components");
        assertThat(roadmap.items().get(1).summary()).isEqualTo("We build them.");
    }
}
