package dev.roadmap.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoadmapCliTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RoadmapCli cli = new RoadmapCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private Path file(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private Path seed() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/corpus/backstage_2022-q2.md")) {
            return Files.write(folder.resolve("backstage.md"), in.readAllBytes());
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lintingAFileWithOnlyWarningsExitsZeroAndPrintsOneLineEach() throws IOException {
        Path seed = seed();
        assertThat(cli.run("lint", seed.toString())).isZero();
        assertThat(out()).contains(seed + ":20: warning: the overview table links 'Backstage Search 1.0' to #search-1.0");
    }

    @Test
    void lintingSaysInOneLineHowManyItemsHorizonsAndAreasItFound() throws IOException {
        Path seed = seed();
        cli.run("lint", seed.toString());
        assertThat(out()).contains(seed + ": 11 items in 2 horizons (0 areas)");
    }

    @Test
    void lintingAFileWithErrorsExitsOne() throws IOException {
        Path broken = file("broken.md", "no title here\n");
        assertThat(cli.run("lint", broken.toString())).isEqualTo(1);
        assertThat(out()).contains(broken + ":1: error: the roadmap has no title");
    }

    @Test
    void lintingAFileThatCannotBeReadExitsTwo() {
        assertThat(cli.run("lint", folder.resolve("missing.md").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.md:0: error: cannot be read");
    }

    @Test
    void lintingABinaryFileExitsTwo() throws IOException {
        Path binary = Files.write(folder.resolve("image.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        assertThat(cli.run("lint", binary.toString())).isEqualTo(2);
    }

    @Test
    void theWorstFileDecidesTheExitStatus() throws IOException {
        assertThat(cli.run("lint", seed().toString(), file("broken.md", "x\n").toString())).isEqualTo(1);
    }

    @Test
    void parsePrintsTheModelWithTheAgreedFieldNames() throws IOException {
        assertThat(cli.run("parse", seed().toString())).isZero();
        JsonObject json = Json.createReader(new StringReader(out())).readObject();
        assertThat(json.keySet()).containsExactly("slug", "title", "description", "period", "horizons", "sections", "report");
        assertThat(json.getString("slug")).isEqualTo("backstage");
        assertThat(json.getJsonObject("period").getString("quarter")).isEqualTo("2022-Q2");
        JsonObject search = json.getJsonArray("horizons").getJsonObject(0).getJsonArray("items").getJsonObject(1);
        assertThat(search.keySet()).containsExactly("anchor", "aliases", "title", "titleMarkdown", "area", "summary", "status", "body");
        assertThat(search.getString("anchor")).isEqualTo("search-1.0");
        assertThat(json.getJsonArray("report").getJsonObject(0).keySet()).containsExactly("line", "severity", "message");
    }

    @Test
    void exportPrintsTheCanonicalMarkdown() throws IOException {
        assertThat(cli.run("export", seed().toString())).isZero();
        assertThat(out()).startsWith("---\nid: roadmap\ntitle: Roadmap\n").contains("## What's next");
    }

    @Test
    void aWrongCommandLineShowsTheUsageAndExitsTwo() {
        assertThat(cli.run("frobnicate", "x.md")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: roadmap-importer-cli lint FILE...");
    }
}
