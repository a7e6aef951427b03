package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.FrontMatterSyntax;
import dev.roadmap.domain.model.roadmap.Roadmap;
import org.junit.jupiter.api.Test;

/** Front matter in the languages and spellings real pages use, read into the model and written back. */
class FrontMatterTest {

    private final RoadmapReader reader = new RoadmapReader();
    private final RoadmapWriter writer = new RoadmapWriter();

    private Roadmap read(String markdown) {
        ReadResult result = reader.read(markdown);
        assertThat(result.report().errors()).isEmpty();
        return result.roadmap().orElseThrow();
    }

    @Test
    void tomlFrontMatterGivesTheTitleAndDescription() {
        Roadmap roadmap = read("+++\ntitle = \"Hugo Roadmap\"\ndescription = 'What comes next'\nweight = 20\n+++\n\n"
                + "## Next\n\n- Feature\n");
        assertThat(roadmap.title()).isEqualTo("Hugo Roadmap");
        assertThat(roadmap.description()).isEqualTo("What comes next");
        assertThat(roadmap.frontMatterSyntax()).isEqualTo(FrontMatterSyntax.TOML);
        assertThat(roadmap.frontMatterExtras()).isEqualTo("weight = 20");
        assertThat(roadmap.intro()).doesNotContain("+++");
    }

    @Test
    void tomlFrontMatterIsWrittenBackAsTomlWithTheAuthorsTables() {
        String markdown = "+++\ntitle = \"Roadmap\"\nid = \"hugo\"\n\n[menu.main]\nweight = 3 # after the docs\n+++\n\n"
                + "## Next\n\n- Feature\n";
        String written = writer.write(read(markdown));
        assertThat(written).startsWith("+++\ntitle = \"Roadmap\"\nid = \"hugo\"\n\n[menu.main]\nweight = 3 # after the docs\n+++\n");

        Roadmap again = read(written);
        assertThat(again.slug().value()).isEqualTo("hugo");
        assertThat(writer.write(again)).isEqualTo(written);
    }

    @Test
    void aMultiLineTomlDescriptionIsTakenWhole() {
        Roadmap roadmap = read("+++\ntitle = \"R\"\ndescription = \"\"\"\nFirst line,\nsecond line.\"\"\"\ndraft = false\n+++\n");
        assertThat(roadmap.description()).isEqualTo("First line,\nsecond line.");
        assertThat(roadmap.frontMatterExtras()).isEqualTo("draft = false");
    }

    @Test
    void tomlThatDoesNotParseIsRefusedWithItsLine() {
        ReadResult result = reader.read("+++\ntitle = \"R\"\ntitle = \"again\"\n+++\n\n# R\n");
        assertThat(result.roadmap()).isEmpty();
        assertThat(result.report().errors()).first().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("front matter does not parse");
        });
    }

    @Test
    void aFoldedYamlDescriptionKeepsEveryWord() {
        Roadmap roadmap = read("---\ntitle: R\ndescription: >\n  The plan for\n  the next two releases.\n---\n\n# R\n");
        assertThat(roadmap.description()).isEqualTo("The plan for the next two releases.");
    }

    @Test
    void aYamlValueContinuedOnIndentedLinesKeepsEveryWord() {
        Roadmap roadmap = read("---\ntitle: R\ndescription: The plan for\n  the next two releases.\n---\n\n# R\n");
        assertThat(roadmap.description()).isEqualTo("The plan for the next two releases.");
        Roadmap again = read(writer.write(roadmap));
        assertThat(again.description()).isEqualTo("The plan for the next two releases.");
    }

    @Test
    void aSlugNamesTheRoadmapBeforeItsId() {
        Roadmap roadmap = read("---\nid: overview-roadmap\nslug: /docs/project/roadmap/\ntitle: R\n---\n\n# R\n");
        assertThat(roadmap.slug().value()).isEqualTo("roadmap");
        assertThat(writer.write(roadmap)).contains("id: overview-roadmap\n").contains("slug: /docs/project/roadmap/\n");
    }

    @Test
    void aSlugIsNotReportedAsAKeyTheModelLacks() {
        ReadResult result = reader.read("---\nslug: /roadmap\ntitle: R\n---\n\n# R\n");
        assertThat(result.report().warnings()).isEmpty();
    }
}
