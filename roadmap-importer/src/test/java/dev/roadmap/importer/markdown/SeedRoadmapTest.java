package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.ItemLayout;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Backstage Q2 2022 roadmap, the document the portal was built for, maps exactly. */
class SeedRoadmapTest {

    private ReadResult result;
    private Roadmap roadmap;

    @BeforeEach
    void readTheSeed() {
        result = new RoadmapReader().read(Corpus.text(Corpus.SEED), "backstage");
        roadmap = result.roadmap().orElseThrow();
    }

    @Test
    void theFrontMatterGivesTitleAndDescriptionAndTheFileNameTheSlug() {
        assertThat(roadmap.slug().value()).isEqualTo("backstage");
        assertThat(roadmap.title()).isEqualTo("Roadmap");
        assertThat(roadmap.description()).isEqualTo("Roadmap of Backstage");
        assertThat(roadmap.frontMatterExtras()).isEqualTo("id: roadmap");
    }

    @Test
    void whatsNextHoldsTheSixHeadingItemsInDocumentOrder() {
        var next = roadmap.findHorizon("whats-next").orElseThrow();
        assertThat(next.kind()).isEqualTo(HorizonKind.NEXT);
        assertThat(next.itemLayout()).isEqualTo(ItemLayout.HEADINGS);
        assertThat(roadmap.itemsIn("whats-next")).extracting(RoadmapItem::title).containsExactly(
                "Ease of onboarding", "Backstage Search 1.0", "TechDocs Addon Framework", "Backend Services (initial)",
                "Backstage Security Audit", "SIGs for contributors");
    }

    @Test
    void futureWorkHoldsTheFiveBoldNamedBulletsInDocumentOrder() {
        var later = roadmap.findHorizon("future-work").orElseThrow();
        assertThat(later.kind()).isEqualTo(HorizonKind.LATER);
        assertThat(later.itemLayout()).isEqualTo(ItemLayout.LIST);
        assertThat(roadmap.itemsIn("future-work")).extracting(RoadmapItem::title).containsExactly(
                "Security Plan (and Strategy)", "Composable Homepage 1.0", "[GraphQL](https://graphql.org/) support",
                "Telemetry", "Improved UX design");
    }

    @Test
    void aBulletsSummaryIsTheTextAfterItsBoldNameOnOneLine() {
        RoadmapItem graphql = roadmap.findItem(Anchor.of("graphql-support")).orElseThrow();
        assertThat(graphql.summary()).isEqualTo(
                "Introduce the ability to query Backstage backend services with a standard query language for APIs.");
    }

    @Test
    void theQuarterIsReadFromTheProseAndKeptAsWritten() {
        assertThat(roadmap.period().orElseThrow().quarterLabel()).contains("2022-Q2");
        assertThat(roadmap.period().orElseThrow().text()).isEqualTo("the ongoing quarter from April through June 2022");
    }

    @Test
    void searchAnswersToTheAnchorTheTableLinksAndToItsHeadingsAnchor() {
        RoadmapItem search = roadmap.findItem(Anchor.of("search-1.0")).orElseThrow();
        assertThat(search.title()).isEqualTo("Backstage Search 1.0");
        assertThat(roadmap.findItem(Anchor.of("backstage-search-10"))).contains(search);
    }

    @Test
    void theMismatchedTableLinkIsReportedWithItsLine() {
        assertThat(result.report().warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(20);
            assertThat(w.message()).contains("#search-1.0").contains("#backstage-search-10");
        });
        assertThat(result.report().errors()).isEmpty();
    }

    @Test
    void theProseAroundTheHorizonsIsKeptAsSectionsInOrder() {
        assertThat(roadmap.sections()).extracting(s -> s.title())
                .containsExactly("The Backstage Roadmap", "How to influence the roadmap");
        assertThat(roadmap.sections().get(0).body()).contains(OverviewTable.MARKER).doesNotContain("| [What's next]");
        assertThat(roadmap.sections().get(1).horizonsBefore()).isEqualTo(2);
    }

    @Test
    void theExportRegeneratesTheOverviewTableFromTheHorizons() {
        String export = new RoadmapWriter().write(roadmap);
        assertThat(export).contains("| [What's next](#whats-next) | [Future work](#future-work) |")
                .contains("[Backstage Search 1.0](#search-1.0)")
                .contains("Telemetry <br/> Improved UX design")
                .doesNotContain(OverviewTable.MARKER);
    }
}
