package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.importer.markdown.ImportReport.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the reader maps the shapes real roadmaps take, and what it reports. */
class RoadmapReaderTest {

    private final RoadmapReader reader = new RoadmapReader();

    private Roadmap read(String markdown) {
        ReadResult result = reader.read(markdown);
        assertThat(result.report().errors()).isEmpty();
        return result.roadmap().orElseThrow();
    }

    private List<Entry> reportOf(String markdown) {
        return reader.read(markdown).report().entries();
    }

    @Test
    void aTitleHeadingNamesARoadmapWithoutFrontMatter() {
        Roadmap roadmap = read("# Chaos Mesh Roadmap\n\nIntro.\n");
        assertThat(roadmap.title()).isEqualTo("Chaos Mesh Roadmap");
        assertThat(roadmap.intro()).isEqualTo("# Chaos Mesh Roadmap\n\nIntro.");
    }

    @Test
    void checkedBoxesAreShippedAndOpenOnesPlanned() {
        Roadmap roadmap = read("# R\n\n## What's next\n\n- [x] Done thing\n- [ ] Open thing\n");
        assertThat(roadmap.itemsIn("whats-next")).extracting(RoadmapItem::title, RoadmapItem::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Done thing", ItemStatus.SHIPPED),
                        org.assertj.core.groups.Tuple.tuple("Open thing", ItemStatus.PLANNED));
    }

    @Test
    void completedMilestonesAreADoneHorizonWhoseItemsHaveShipped() {
        Roadmap roadmap = read("# R\n\n## Completed milestones\n\n### Plugin marketplace\n\nIt shipped.\n");
        assertThat(roadmap.horizons().get(0).kind()).isEqualTo(HorizonKind.DONE);
        assertThat(roadmap.items().get(0).status()).isEqualTo(ItemStatus.SHIPPED);
    }

    @Test
    void releaseHeadingsWithBulletsAreHorizonsOfTheirOwn() {
        Roadmap roadmap = read("# etcd roadmap\n\n### etcd 3.4 (Q2, 2018)\n- Stabilization\n- Downgrade support\n\nJoin us.\n");
        assertThat(roadmap.horizons()).singleElement().satisfies(h -> assertThat(h.kind()).isEqualTo(HorizonKind.OTHER));
        assertThat(roadmap.items()).extracting(RoadmapItem::title).containsExactly("Stabilization", "Downgrade support");
        assertThat(roadmap.sections()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEmpty();
            assertThat(s.body()).isEqualTo("Join us.");
        });
    }

    @Test
    void aStatusLineSetsTheItemsStatusAndLeavesTheBody() {
        Roadmap roadmap = read("# R\n\n## What's next\n\n### Search\n\n**Status:** In Progress\n\nThe body.\n");
        RoadmapItem search = roadmap.items().get(0);
        assertThat(search.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(search.body()).isEqualTo("The body.");
    }

    @Test
    void nestedBulletsStayInTheirItemsBody() {
        Roadmap roadmap = read("# R\n\n## Future work\n\n- **Telemetry:** Metrics.\n  - logs\n  - traces\n");
        assertThat(roadmap.items().get(0).body()).isEqualTo("- logs\n- traces");
    }

    @Test
    void prosePartsThatAreNotHorizonsAreKeptAsSectionsWordForWord() {
        Roadmap roadmap = read("# R\n\n## How to help\n\n- open an issue\n- <b>join</b> the [call](https://x.example)\n");
        assertThat(roadmap.horizons()).isEmpty();
        assertThat(roadmap.sections().get(0).body()).isEqualTo("- open an issue\n- <b>join</b> the [call](https://x.example)");
    }

    @Test
    void twoHeadingsWithTheSameTextGetNumberedAnchorsAndAWarning() {
        ReadResult result = reader.read("# R\n\n## What's next\n\n### Search\n\nA\n\n### Search\n\nB\n");
        Roadmap roadmap = result.roadmap().orElseThrow();
        assertThat(roadmap.items()).extracting(i -> i.anchor().value()).containsExactly("search", "search-1");
        assertThat(result.report().warnings()).anySatisfy(w -> assertThat(w.message()).contains("duplicate anchor"));
    }

    @Test
    void anEmptyItemIsReported() {
        assertThat(reportOf("# R\n\n## What's next\n\n### Nothing here\n\n### Something\n\nText.\n"))
                .anySatisfy(e -> assertThat(e.message()).contains("'Nothing here' is empty"));
    }

    @Test
    void unknownFrontMatterKeysAreKeptAndReported() {
        ReadResult result = reader.read("---\ntitle: R\nsidebar_label: Road\n---\n\nText.\n");
        assertThat(result.roadmap().orElseThrow().frontMatterExtras()).isEqualTo("sidebar_label: Road");
        assertThat(result.report().warnings()).singleElement()
                .satisfies(w -> assertThat(w.format("r.md")).isEqualTo(
                        "r.md:3: warning: front matter key 'sidebar_label' is not part of the roadmap model; it is kept as written"));
    }

    @Test
    void theOverviewTableIsCheckedAgainstTheItems() {
        String markdown = "# R\n\n| [What's next](#whats-next) |\n| --- |\n| [Search](#search) <br/> [Ghost](#ghost) |\n\n"
                + "## What's next\n\n### Search\n\nA\n\n### Forgotten\n\nB\n";
        List<Entry> report = reportOf(markdown);
        assertThat(report).anySatisfy(e -> assertThat(e.message()).contains("#ghost").contains("broken anchor"));
        assertThat(report).anySatisfy(e -> assertThat(e.message()).contains("forgets the item 'Forgotten'"));
    }

    @Test
    void aQuarterThatCannotBeReadIsReported() {
        assertThat(reportOf("# R\n\nPlanned for the ongoing quarter.\n"))
                .anySatisfy(e -> assertThat(e.message()).contains("speaks of a quarter"));
    }

    @Test
    void aDocumentWithoutATitleIsRefused() {
        ReadResult result = reader.read("Just some text.\n");
        assertThat(result.roadmap()).isEmpty();
        assertThat(result.report().errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("has no title"));
    }

    @Test
    void frontMatterThatDoesNotParseIsRefusedWithItsLine() {
        ReadResult result = reader.read("---\ntitle: R\nthis is not yaml\n---\n\n# R\n");
        assertThat(result.roadmap()).isEmpty();
        assertThat(result.report().errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("front matter does not parse");
        });
    }

    @Test
    void anEmptyDocumentIsRefused() {
        assertThat(reader.read("  \n\n").report().errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("empty"));
    }

    @Test
    void itemsAnswerToTheirAnchorAfterARoundTrip() {
        Roadmap roadmap = read(new RoadmapWriter().write(read(Corpus.text(Corpus.SEED))));
        assertThat(roadmap.findItem(Anchor.of("search-1.0"))).isPresent();
        assertThat(roadmap.findItem(Anchor.of("backstage-search-10"))).isPresent();
    }
}
