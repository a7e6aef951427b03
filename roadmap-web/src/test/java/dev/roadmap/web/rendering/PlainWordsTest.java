package dev.roadmap.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.Horizon;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.importer.markdown.RoadmapReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A line of plain words skips the parser and the sanitiser, and must come out exactly as they would make it. */
class PlainWordsTest {

    private static final Path CORPUS = Path.of("../roadmap-importer/src/test/resources/corpus");
    private final MarkdownHtml html = new MarkdownHtml();

    @Test
    void everyTitleAndSummaryOfTheCorpusIsTheSameHtmlEitherWay() throws IOException {
        List<String> lines = corpusLines();
        assertThat(lines).hasSizeGreaterThan(1000);

        assertThat(lines).allSatisfy(line -> assertThat(html.inline(line)).isEqualTo(html.parsedInline(line)));
        assertThat(lines.stream().filter(MarkdownHtml::isPlainWords).count()).as("some take the short way")
                .isGreaterThan(lines.size() / 10);
    }

    @Test
    void madeUpLinesOfTheCharactersNearTheEdgeAreTheSameHtmlEitherWay() {
        String alphabet = "aZé9 ,.;?()/%-:'\"&<>+=@`*_[]!#~\\\twW";
        Random random = new Random(20261202);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int length = 1 + random.nextInt(12); line.length() < length; ) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String made = random.nextInt(4) == 0 ? "www." + line : line.toString();
            assertThat(html.inline(made)).as(made).isEqualTo(html.parsedInline(made));
        }
    }

    @Test
    void marksLinksAndEncodedCharactersTakeTheParser() {
        assertThat(MarkdownHtml.isPlainWords("Faster builds for plugins")).isTrue();
        assertThat(MarkdownHtml.isPlainWords("Use *emphasis*")).isFalse();
        assertThat(MarkdownHtml.isPlainWords("See www.example.org")).isFalse();
        assertThat(MarkdownHtml.isPlainWords("Backstage's search")).isFalse();
        assertThat(MarkdownHtml.isPlainWords("1. A list")).isFalse();
    }

    private static List<String> corpusLines() throws IOException {
        List<String> lines = new ArrayList<>();
        RoadmapReader reader = new RoadmapReader();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                reader.read(Files.readString(file)).roadmap().ifPresent(roadmap -> {
                    for (Horizon horizon : roadmap.horizons()) {
                        lines.add(horizon.title());
                        for (RoadmapItem item : horizon.items()) {
                            lines.add(item.title());
                            lines.add(item.summary());
                        }
                    }
                });
            }
        }
        return lines;
    }
}
