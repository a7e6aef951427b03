package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.Horizon;
import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.ItemLayout;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.domain.model.shared.Slug;
import org.junit.jupiter.api.Test;

/** What {@link ReaderFuzzTest} found, each as the smallest document that showed it. */
class FuzzFindingsTest {

    private final RoadmapReader reader = new RoadmapReader();
    private final RoadmapWriter writer = new RoadmapWriter();

    private Roadmap read(String markdown) {
        ReadResult result = reader.read(markdown);
        assertThat(result.report().errors()).as(markdown).isEmpty();
        return result.roadmap().orElseThrow();
    }

    private String export(String markdown) {
        return writer.write(read(markdown));
    }

    private void assertFixedPoint(String markdown) {
        String once = export(markdown);
        assertThat(export(once)).isEqualTo(once);
    }

    /** The document's export reads back with the same items and is a fixed point. */
    private void assertReadsBackToAFixedPoint(String markdown) {
        assertThat(ReadWriteOracle.items(read(export(markdown)))).isEqualTo(ReadWriteOracle.items(read(markdown)));
        assertFixedPoint(markdown);
    }

    /** A roadmap of one "What's next" horizon (key "next") laid out so, its items anchored item-0, item-1…. */
    private static Roadmap whatsNext(ItemLayout layout, String... titles) {
        Roadmap roadmap = new Roadmap(Slug.of("r"), "R");
        roadmap.addHorizon("next", "What's next", HorizonKind.NEXT);
        roadmap.layOutHorizonItems("next", layout);
        for (int i = 0; i < titles.length; i++) {
            roadmap.addItem("next", Anchor.of("item-" + i), titles[i]);
        }
        return roadmap;
    }

    /** The roadmap's export, once it is known to read back with the same items and to be a fixed point. */
    private String assertReadsBack(Roadmap roadmap) {
        String export = writer.write(roadmap);
        assertThat(ReadWriteOracle.items(read(export))).isEqualTo(ReadWriteOracle.items(roadmap));
        assertFixedPoint(export);
        return export;
    }

    @Test
    void aHeadingWithNoTextIsKeptAsWrittenAndExportsToAFixedPoint() {
        String markdown = "# o\n# \n##\n";
        assertThat(export(markdown)).contains("# \n\n##");
        assertFixedPoint(markdown);
    }

    @Test
    void aHeadingLineInsideAnHtmlBlockStaysTextInTheExport() {
        String markdown = "# e\n\n<details>\nx\n</details>\n#### café\n";
        assertThat(export(markdown)).contains("</details>\n#### café");
        assertFixedPoint(markdown);
    }

    @Test
    void aPartAtTheTitlesLevelKeepsItsSubheadingsUnderItInTheExport() {
        String markdown = "# S\n\n# How to contribute\n\n## Near-term\n\n| Name | Feature | Status |\n| --- | --- | --- |\n"
                + "| x | v1.2 | ❌ |\n";
        assertThat(read(markdown).items()).isEmpty();
        assertThat(export(markdown)).contains("# How to contribute\n\n## Near-term");
        assertThat(read(export(markdown)).items()).isEmpty();
        assertFixedPoint(markdown);
    }

    @Test
    void anItemsSubheadingStaysInItsBodyInTheExport() {
        String markdown = "# D\n# P2\n- r\n# p\n## h\n### s";
        assertReadsBackToAFixedPoint(markdown);
    }

    @Test
    void aBulletListedTwiceStaysTextOfTheItemBeforeItAndNoGroupInTheExport() {
        String markdown = "# p\n- Make it possible to add custom auth providers\n- a\n- Make it possible to add custom auth providers\n- e";
        assertReadsBackToAFixedPoint(markdown);
    }

    @Test
    void anAreaHoldingANextLineCharacterReadsBackFromItsMetadataLine() {
        String markdown = "# p\n- Improvements to \u0085machine\n  - Smoother upgrades\n  - Faster starts\n- e";
        assertReadsBackToAFixedPoint(markdown);
    }

    @Test
    void aTableRowThatNamesNothingKeepsItsWordsWithTheItemBeforeIt() {
        String markdown = "# p\n\n## Next\n\n| Name | Status |\n| --- | --- |\n| cedar grove |  |\n|  | orchid alpha |\n";
        assertThat(export(markdown)).contains("orchid alpha");
        assertFixedPoint(markdown);
    }

    @Test
    void aBoldFeatureNameOverTwoLinesIsAOneLineTitle() {
        Roadmap roadmap = read("# Roadmap\n**y**\n\nC\n\n**s\ns**");
        assertThat(roadmap.items()).extracting(RoadmapItem::title).containsExactly("y", "s s");
    }

    @Test
    void aBulletWithNoWordInItsTitleIsProseNotAnItem() {
        Roadmap roadmap = read("# `\n# Complete\n1. \uD83D\uDEA7**:** ");
        assertThat(roadmap.items()).isEmpty();
        assertFixedPoint("# `\n# Complete\n1. \uD83D\uDEA7**:** ");
    }

    @Test
    void cellsPastTheHeadersColumnsStayInTheItemsSummary() {
        Roadmap roadmap = read("# n\n# Ongoing\nt|Status\n-|-\no||e");
        assertThat(roadmap.items()).extracting(RoadmapItem::summary).containsExactly("e");
    }

    @Test
    void aBoldNameBehindAStatusMarkIsTheTitle() {
        Roadmap roadmap = read("roadmap\n-\n# o\n* (in progress)**g**");
        RoadmapItem item = roadmap.items().get(0);
        assertThat(item.title()).isEqualTo("g");
        assertThat(item.status()).isEqualTo(ItemStatus.IN_PROGRESS);
    }

    @Test
    void aFrontMatterTitleWithALineBreakAndAControlCharacterIsWrittenBackReadable() {
        String markdown = "---\ntitle: \"b\\nl\\u0001\"\n---\n";
        String once = export(markdown);
        assertThat(read(once).title()).isEqualTo("b\nl\u0001");
    }

    @Test
    void aHeadingRightAfterTextInASectionIsSetApartSoTheExportIsAFixedPoint() {
        assertFixedPoint("# e\n# h\n## e\np");
        assertFixedPoint("roadmap\n# 5\n# C\n```\n```\n# 1\n:\n## ");
    }

    @Test
    void aTableRowNamedWithNoWordIsNoItem() {
        assertThat(read("# r\n# Ongoing\nTarget|Description\n-|-\n||~").items()).isEmpty();
    }

    @Test
    void aLevelOneHeadingAfterOtherHeadingsIsAPartNotTheTitle() {
        String markdown = "---\ntitle: d\n---\n## 1.2\n+ o\n# 6";
        assertThat(Corpus.words(export(markdown))).contains("6");
    }

    @Test
    void aStatusCellReadAsTheStatusStaysInTheItemAsWritten() {
        RoadmapItem item = read("# Roadmap\n# )\n||Status\n-|-\n1|done").items().get(0);
        assertThat(item.status()).isEqualTo(ItemStatus.SHIPPED);
        assertThat(item.body()).contains("done");
    }

    @Test
    void aGroupLabelOfOnlyAStatusIsNoArea() {
        String markdown = "+++\ntitle=\"d\"\n+++\n## roadmap\n- [Done]\n  - r";
        assertThat(Corpus.words(export(markdown))).contains("Done");
    }

    @Test
    void aBulletWhoseTitleWouldOpenABlockQuoteIsProse() {
        String markdown = "# a\n# 1.0\n- e\n- [ ] >C";
        assertThat(read(markdown).items()).extracting(RoadmapItem::title).containsExactly("e");
        assertFixedPoint(markdown);
    }

    @Test
    void anOverviewTableWithMoreColumnsThanHorizonsIsReadNotThrown() {
        String markdown = "# R\n\n| Other | What's next | Future work |\n| --- | --- | --- |\n| x | [A](#a) | [B](#b) |\n\n"
                + "## What's next\n\n### A\n\ntext\n\n## Future work\n\n- **B:** text\n";
        assertThat(read(markdown).items()).extracting(RoadmapItem::title).containsExactly("A", "B");
    }

    @Test
    void aLineSeparatorInAYamlValueDoesNotDuplicateItsKeyOnExport() {
        String markdown = "---\ntitle: R\ndescription: \"The plan of Envoy Gatewa\u2028y.\"\nweight: -1\n---\n\n# R\n";
        assertThat(read(export(markdown)).description()).isEqualTo(read(markdown).description()).startsWith("The plan");
    }

    @Test
    void aHeadingThatOpensWithItsMetadataIsOneItemEvenOverAList() {
        String markdown = "# R\n\n## What's next\n\n### Search\n\n**Status:** In progress\n\n- index docs\n- rank results\n";
        RoadmapItem search = read(markdown).items().get(0);
        assertThat(read(markdown).items()).hasSize(1);
        assertThat(search.title()).isEqualTo("Search");
        assertThat(search.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertFixedPoint(markdown);
    }

    @Test
    void aHeadingItemOverNothingButAListIsWrittenWithItsStatusSoItReadsBackAsOneItem() {
        Roadmap roadmap = whatsNext(ItemLayout.HEADINGS, "Search", "Catalog");
        roadmap.describeItem(Anchor.of("item-0"), "", "- index docs\n- rank results");
        roadmap.describeItem(Anchor.of("item-1"), "", "Some text.\n\n#### Owners\n\nx\n\n#### Kinds\n\ny");
        assertReadsBack(roadmap);
    }

    @Test
    void itemsOfAHorizonItsTitleDoesNotNameSayTheirStatusSoTheHorizonReadsBack() {
        String markdown = "# Roadmap\n\n## cedar grove\n\n| Name | Status |\n| --- | --- |\n| Search | |\n| Catalog | |\n\n"
                + "## alpha\n\ntext\n\n## bravo\n\ntext\n";
        assertThat(ReadWriteOracle.items(read(markdown))).hasSize(2);
        assertThat(export(markdown)).contains("- [ ] Search");
        assertReadsBackToAFixedPoint(markdown);
    }

    @Test
    void aLabelLineEndingAHorizonsIntroStaysProseInTheExport() {
        Roadmap roadmap = whatsNext(ItemLayout.LIST, "Search", "Catalog");
        roadmap.describeHorizon("next", "Some words.\n\n**Server side**");
        assertThat(read(assertReadsBack(roadmap)).horizons().get(0).intro()).endsWith("**Server side**");
    }

    @Test
    void aTitleAPlainBulletWouldReadOtherwiseIsWrittenAsABoldName() {
        Roadmap roadmap = whatsNext(ItemLayout.LIST, "Support for e.g.", "[ ] open box", "Status: who knows", "Plain");
        assertThat(assertReadsBack(roadmap)).contains("- **Support for e.g.:**", "- Plain");
    }

    @Test
    void aStatusTheItemsTextSpeaksOfIsNotReadOverItsOwnInTheExport() {
        String markdown = "# Roadmap\n\n## What's next\n\n- [ ] Search\n\n  Status: done\n- Catalog\n";
        assertThat(read(markdown).items().get(0).status()).isEqualTo(ItemStatus.PLANNED);
        assertReadsBackToAFixedPoint(markdown);
    }

    @Test
    void anEmptyFeatureOfTheDefaultHorizonStaysAnItemOverAListInTheIntro() {
        String markdown = "# Roadmap\n\n- intro note one\n- intro note two\n\n**Search**:\n\n**Catalog**\n\ntext\n";
        assertThat(read(markdown).items()).extracting(RoadmapItem::title).containsExactly("Search", "Catalog");
        assertReadsBackToAFixedPoint(markdown);
    }

    @Test
    void aTitleYamlWouldReadAsANumberOrABooleanIsQuotedSoItReadsBackAsWritten() {
        for (String title : new String[] {".0", "yes"}) {
            String markdown = "# " + title + "\n";
            assertThat(read(export(markdown)).title()).isEqualTo(title);
            assertFixedPoint(markdown);
        }
    }

    @Test
    void aBulletRepeatedLastInItsAreaStaysTextOfTheItemBeforeIt() {
        String markdown = "# R\n\n## Next\n\nServer\n- Support auth providers Google Okta\n"
                + "- Support auth providers: Google, Okta\n";
        assertThat(read(markdown).items()).extracting(RoadmapItem::body)
                .containsExactly("- Support auth providers: Google, Okta");
        assertReadsBackToAFixedPoint(markdown);
    }

    @Test
    void aSectionDeeperThanTheHorizonTheReaderMakesStaysASectionInTheExport() {
        String markdown = "# Roadmap\n\n**Search**\n\nIndex the docs.\n\n**Catalog**\n\nList the services.\n\n"
                + "### Owners\n\nAsk us.\n";
        assertThat(read(export(markdown)).items()).extracting(RoadmapItem::title).containsExactly("Search", "Catalog");
        assertThat(export(markdown)).contains("### Roadmap\n\n#### Search");
        assertFixedPoint(markdown);
    }

    @Test
    void aTableRowNamedLikeAListMarkIsWrittenAsABoldNameAndReadsBack() {
        String markdown = "# Roadmap\n\n## Next\n\n| Name | Status |\n| --- | --- |\n| + 9 | |\n| Search | |\n";
        assertThat(export(markdown)).contains("- **+ 9:**");
        assertReadsBackToAFixedPoint(markdown);
    }

    @Test
    void aTitleNoBulletReadsBackAsWrittenMakesItsHorizonsItemsHeadings() {
        String markdown = "# Roadmap\n\n## What's next\n\n- Speed**up. For big sites\n- Search\n";
        assertThat(export(markdown)).contains("### Speed**up\n\n**Summary:** For big sites");
        assertReadsBackToAFixedPoint(markdown);
    }

    @Test
    void aTabIndentedCodeBlockOfAHeadingItemStaysCodeUnderItsBullet() {
        String markdown = "# Roadmap\n\n## Next\n\n- Catalog\n\n### Search\n\n\t- [ ] run the indexer\n";
        assertThat(export(markdown)).contains("- Search\n\n      - [ ] run the indexer");
        assertReadsBackToAFixedPoint(markdown);
    }

    @Test
    void anItemOfNoAreaAfterAKeptAreaHeadingSaysItHasNoneInTheExport() {
        String markdown = "# Roadmap\n\n## Next\n\n### [Storage](https://example.org/storage)\n\n- Snapshots\n- Backups\n\n"
                + "### Search\n\nIndex the docs.\n";
        assertThat(read(markdown).items()).extracting(item -> item.area().orElse("-"))
                .containsExactly("Storage", "Storage", "-");
        assertThat(export(markdown)).contains("- Search\n\n  **Area:**\n");
        assertReadsBackToAFixedPoint(markdown);
    }

    @Test
    void aBulletsBoldNameOverTwoLinesIsAOneLineTitle() {
        String markdown = "# Roadmap\n\n## Next\n\n- **Faster\n  search:** for big sites\n- Speed**up\n";
        assertThat(read(markdown).items()).extracting(RoadmapItem::title).containsExactly("Faster search", "Speed**up");
        assertFixedPoint(markdown);
    }

    @Test
    void theItemsOfTheWritersOwnHorizonDoNotMakeAListedSectionAHorizonInTheExport() {
        String markdown = "---\ntitle: Roadmap\n---\n\n- Search\n- Catalog\n- Docs\n- Scaffolder\n- Plugins\n\n"
                + "## Extras\n\n- Themes\n";
        assertThat(read(markdown).horizons()).extracting(Horizon::title).containsExactly("Roadmap");
        assertThat(read(export(markdown)).horizons()).extracting(Horizon::title).containsExactly("Roadmap");
        assertFixedPoint(markdown);
    }

    @Test
    void boldLinesBeforeTheTitleHeadingStayInTheIntroAndTheTitleHeadingStaysTheTitle() {
        String markdown = "**Search**\n\nIndex the docs.\n\n**Catalog**\n\n# Plans\n\nOur roadmap.\n";
        assertThat(read(markdown).items()).isEmpty();
        assertThat(export(markdown)).contains("**Catalog**\n\n# Plans\n");
        assertFixedPoint(markdown);
    }

    @Test
    void aHeadingWithNoTextNamesNoAreaAndItsListStaysText() {
        String markdown = "# Roadmap\n\n## 2025 Q1\n\n### [Release 1.2](https://example.org/1.2)\n\n- Search\n\n###\n\n- Catalog\n";
        assertThat(read(markdown).items()).extracting(RoadmapItem::title).containsExactly("Search");
        assertThat(read(export(markdown)).horizons()).extracting(Horizon::title).containsExactly("2025 Q1");
        assertFixedPoint(markdown);
    }

    @Test
    void anAreaHeadingThatDiffersFromItsNameOnlyInSpacingIsNotKeptAsText() {
        String markdown = "# Roadmap\n\n## 2025 Q1\n\n### Release\t1.2 \n\n- Search\n\n### Storage\n\n- Catalog\n";
        assertThat(export(markdown)).doesNotContain("### Release");
        assertThat(read(export(markdown)).horizons()).extracting(Horizon::title).containsExactly("2025 Q1");
        assertFixedPoint(markdown);
    }

    @Test
    void theStatusOfAGroupsLabelGoesToItsItemsWithItsWords() {
        String markdown = "# Roadmap\n\n## Next\n\n- Search\n- Catalog (in progress)\n  - Owners\n  - Kinds\n";
        assertThat(read(markdown).items()).extracting(RoadmapItem::status)
                .containsExactly(ItemStatus.PLANNED, ItemStatus.IN_PROGRESS, ItemStatus.IN_PROGRESS);
        assertThat(Corpus.words(export(markdown))).contains("in", "progress");
        assertFixedPoint(markdown);
    }

    @Test
    void aTableRowThatNamesNothingBeforeTheFirstItemStaysWithTheHeader() {
        String markdown = "# Roadmap\n\n## Next\n\n| Feature | Status |\n| --- | --- |\n| | see the 2027 plan |\n"
                + "| Index docs | done |\n";
        assertThat(read(markdown).items()).extracting(RoadmapItem::title).containsExactly("Index docs");
        assertThat(export(markdown)).contains("| --- | --- |\n| | see the 2027 plan |\n");
        assertFixedPoint(markdown);
    }

    @Test
    void anAreaHeadingOverBulletsThatOnlyPointElsewhereKeepsItsWords() {
        String markdown = "# P\n\n# Current\n\n- Search\n\n## Related work\n\n- Design\n  - https://example.org/design\n";

        assertThat(export(markdown)).contains("## Related work", "- Design\n  - https://example.org/design");
        assertFixedPoint(markdown);
    }

    @Test
    void aLabelOverBulletsThatOnlyPointElsewhereKeepsItsWords() {
        String markdown = "# R\n\n# Current\n\nDocuments\n\n- Design\n  - https://example.org/design\n\n"
                + "## Search\n\n- Ranking\n";

        assertThat(export(markdown)).contains("Documents\n\n- Design");
        assertFixedPoint(markdown);
    }

    @Test
    void aGroupLabelOverBulletsThatOnlyPointElsewhereIsABulletOfItsOwn() {
        String markdown = "# R\n\n- Search\n  - Ranking\n- Documents\n  - Design\n    - https://example.org/design\n";

        Roadmap roadmap = read(markdown);

        assertThat(roadmap.items()).extracting(RoadmapItem::title).contains("Ranking", "Documents");
        assertThat(export(markdown)).contains("Documents", "https://example.org/design");
        assertFixedPoint(markdown);
    }
}

