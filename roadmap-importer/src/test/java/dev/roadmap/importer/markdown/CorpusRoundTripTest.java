package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.Roadmap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real roadmap of the corpus reads without error and comes back out with nothing lost. */
class CorpusRoundTripTest {

    private final RoadmapReader reader = new RoadmapReader();
    private final RoadmapWriter writer = new RoadmapWriter();

    static java.util.List<String> corpus() {
        return Corpus.files();
    }

    private String exportOf(String source, String file) {
        return writer.write(read(source, file));
    }

    private Roadmap read(String markdown, String file) {
        ReadResult result = reader.read(markdown);
        assertThat(result.report().errors()).as("errors reading %s", file).isEmpty();
        return result.roadmap().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsWithoutError(String file) {
        assertThat(read(Corpus.text(file), file).title()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theExportKeepsEveryWordOfTheSource(String file) {
        String source = Corpus.text(file);
        assertThat(Corpus.words(exportOf(source, file))).as("words of %s", file).containsAll(Corpus.words(source));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theExportKeepsEveryLinkOfTheSource(String file) {
        String source = Corpus.text(file);
        assertThat(Corpus.linkUrls(exportOf(source, file))).as("links of %s", file).containsAll(Corpus.linkUrls(source));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theExportIsAFixedPointAfterOnePass(String file) {
        String once = exportOf(Corpus.text(file), file);
        String twice = exportOf(once, file);
        assertThat(twice).isEqualTo(once);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readingTheExportGivesTheSameRoadmap(String file) {
        Roadmap roadmap = read(Corpus.text(file), file);
        Roadmap again = read(writer.write(roadmap), file);
        assertThat(RoadmapPicture.of(again)).isEqualTo(RoadmapPicture.of(roadmap));
    }
}
