package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.Roadmap;
import org.junit.jupiter.api.Test;

/** The overview table: regenerated where it has the writer's shape, the author's own words everywhere else. */
class OverviewTableTest {

    private static final String HORIZONS = "## What's next\n\n### Search\n\nA\n\n### Themes\n\nB\n\n"
            + "## Later\n\n- Telemetry\n";

    private Roadmap read(String markdown) {
        ReadResult result = new RoadmapReader().read(markdown);
        assertThat(result.report().errors()).isEmpty();
        return result.roadmap().orElseThrow();
    }

    @Test
    void aTableInTheWritersShapeFollowsTheHorizonsOnExport() {
        String table = "|  [What's next](#whats-next)  | [Later](#later) |\n| :--- | --- |\n"
                + "| [Search](#search) <br> [Themes](#themes) | Telemetry |\n\n";
        Roadmap roadmap = read("# R\n\n" + table + HORIZONS);
        roadmap.renameItem(roadmap.itemsIn("later").get(0).anchor(), "Telemetry and tracing");

        assertThat(roadmap.intro()).contains(OverviewTable.MARKER);
        assertThat(new RoadmapWriter().write(roadmap)).contains("| Telemetry and tracing |");
    }

    @Test
    void anAuthorsOwnTableIsKeptWordForWord() {
        String table = "| What's planned | Where |\n| --- | --- |\n| [Search](#search) | “What's next” |\n"
                + "| [Themes](#themes) | What's next |";
        Roadmap roadmap = read("# R\n\n" + table + "\n\n" + HORIZONS);

        assertThat(roadmap.intro()).contains(table).doesNotContain(OverviewTable.MARKER);
        assertThat(new RoadmapWriter().write(roadmap)).contains(table);
    }

    @Test
    void aTableWithAColumnForSomeHorizonsOnlyIsTheAuthorsOwn() {
        String table = "| [What's next](#whats-next) |\n| --- |\n| [Search](#search) <br/> [Themes](#themes) |";
        ReadResult result = new RoadmapReader().read("# R\n\n" + table + "\n\n" + HORIZONS);

        assertThat(result.roadmap().orElseThrow().intro()).contains(table);
        assertThat(result.report().entries()).anySatisfy(e -> assertThat(e.message())
                .contains("no column for 'Later'"));
        assertThat(result.report().entries()).anySatisfy(e -> assertThat(e.message())
                .contains("kept as written"));
    }

    @Test
    void anEntryNamingAnItemByTheStartOfItsNameIsWrittenAgainInFull() {
        String table = "| [What's next](#whats-next) | [Later](#later) |\n| --- | --- |\n| [Search](#search) <br/> Themes | Tele |";
        String horizons = HORIZONS.replace("- Telemetry", "- Tele metry");
        Roadmap roadmap = read("# R\n\n" + table + "\n\n" + horizons);

        assertThat(roadmap.intro()).contains(OverviewTable.MARKER);
        assertThat(new RoadmapWriter().write(roadmap)).contains("| Tele metry |");
    }

    @Test
    void anEntryCutInsideAWordKeepsTheTableAsWritten() {
        String table = "| [What's next](#whats-next) | [Later](#later) |\n| --- | --- |\n"
                + "| [Search](#search) <br/> [Themes](#themes) | Telemet |";
        ReadResult result = new RoadmapReader().read("# R\n\n" + table + "\n\n" + HORIZONS);

        assertThat(result.roadmap().orElseThrow().intro()).contains(table).doesNotContain(OverviewTable.MARKER);
        assertThat(result.report().entries()).anySatisfy(e -> assertThat(e.message())
                .contains("says 'Telemet'").contains("kept as written"));
    }

    @Test
    void aHeaderLinkedElsewhereKeepsTheTableAsWritten() {
        String table = "| [What's next](plans.md) | [Later](#later) |\n| --- | --- |\n"
                + "| [Search](#search) <br/> [Themes](#themes) | Telemetry |";
        Roadmap roadmap = read("# R\n\n" + table + "\n\n" + HORIZONS);

        assertThat(roadmap.intro()).contains(table);
        assertThat(new RoadmapWriter().write(roadmap)).contains("[What's next](plans.md)");
    }

    @Test
    void theWordsOfATableAreCountedAsTheRoundTripCountsThem() {
        String text = "| [Straße 1.0](#straße-10) <br/> x²·Ⅻ ✅ 日本語 naïve_v2 🧪 | C# |";
        java.util.List<String> byPattern = new java.util.ArrayList<>();
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
        while (words.find()) {
            byPattern.add(words.group());
        }

        assertThat(OverviewTableCheck.words(text)).isEqualTo(byPattern);
    }
}

