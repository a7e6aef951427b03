package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.Horizon;
import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader against what a person reading each corpus document lists ({@code <name>.items.tsv}, written by
 * reading the document, never by running the reader): items matched by their normalised title, then recall,
 * precision and status accuracy per file and overall, with horizon kind and area agreement reported beside.
 */
class LabelledCorpusTest {

    private static final double MIN_RECALL = 0.90;
    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_STATUS_ACCURACY = 0.90;
    private static final double MIN_FILE_RECALL = 0.60;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** One line of a label file, or one item the reader found, in the same terms. */
    record Entry(String kind, String horizon, String area, String title, String status) {

        String key() {
            return normalise(title);
        }
    }

    /** How one file fared. */
    record Score(String file, int labelled, int found, int matched, int statusRight, int kindRight, int areaRight) {

        double recall() {
            return labelled == 0 ? 1 : (double) matched / labelled;
        }

        double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        double statusAccuracy() {
            return matched == 0 ? 1 : (double) statusRight / matched;
        }
    }

    private final RoadmapReader reader = new RoadmapReader();

    @Test
    void theReaderFindsTheItemsAPersonSeesWithTheirStatus() {
        List<Score> scores = new ArrayList<>();
        for (String file : Corpus.files()) {
            labels(file).ifPresent(labels -> scores.add(score(file, labels, found(file))));
        }
        Score total = scores.stream().reduce(new Score("overall", 0, 0, 0, 0, 0, 0), (a, b) -> new Score("overall",
                a.labelled + b.labelled, a.found + b.found, a.matched + b.matched, a.statusRight + b.statusRight,
                a.kindRight + b.kindRight, a.areaRight + b.areaRight));
        System.out.println(table(scores, total));

        assertThat(scores).as("files with labels").isNotEmpty();
        assertThat(total.recall()).as("overall recall").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(total.precision()).as("overall precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(total.statusAccuracy()).as("overall status accuracy").isGreaterThanOrEqualTo(MIN_STATUS_ACCURACY);
        assertThat(scores).as("files with items under %.0f%% recall", MIN_FILE_RECALL * 100)
                .filteredOn(s -> s.labelled > 0 && s.recall() < MIN_FILE_RECALL).isEmpty();
        assertThat(scores).as("files a person sees no item in, where the reader finds some")
                .filteredOn(s -> s.labelled == 0 && s.found > 0).isEmpty();
    }

    @Test
    void titlesMatchWhateverTheirCaseMarkupPunctuationAndSpacing() {
        assertThat(normalise("**Backstage  Search** 1.0:")).isEqualTo(normalise("backstage search 1 0"));
        assertThat(normalise("[GraphQL](https://graphql.org) support")).isEqualTo("graphql support");
    }

    private static Score score(String file, List<Entry> labels, List<Entry> found) {
        List<Entry> unmatched = new ArrayList<>(found);
        int matched = 0;
        int status = 0;
        int kind = 0;
        int area = 0;
        for (Entry label : labels) {
            // A title listed twice (once per horizon) matches the reader's item of the same horizon first.
            Optional<Entry> hit = unmatched.stream()
                    .filter(e -> e.key().equals(label.key()) && normalise(e.horizon).equals(normalise(label.horizon)))
                    .findFirst().or(() -> unmatched.stream().filter(e -> e.key().equals(label.key())).findFirst());
            if (hit.isEmpty()) {
                System.out.println(file + ": missed  " + label);
                continue;
            }
            unmatched.remove(hit.get());
            matched++;
            status += hit.get().status.equals(label.status) ? 1 : 0;
            kind += hit.get().kind.equals(label.kind) ? 1 : 0;
            area += normalise(hit.get().area).equals(normalise(label.area)) ? 1 : 0;
            if (!hit.get().status.equals(label.status)) {
                System.out.println(file + ": status  " + label + " read as " + hit.get().status);
            }
        }
        unmatched.forEach(e -> System.out.println(file + ": extra   " + e));
        return new Score(file, labels.size(), found.size(), matched, status, kind, area);
    }

    private List<Entry> found(String file) {
        ReadResult result = reader.read(Corpus.text(file));
        Roadmap roadmap = result.roadmap().orElseThrow(() -> new AssertionError(file + ": " + result.report().errors()));
        List<Entry> entries = new ArrayList<>();
        for (Horizon horizon : roadmap.horizons()) {
            for (RoadmapItem item : roadmap.itemsIn(horizon.key())) {
                entries.add(new Entry(labelKind(horizon.kind()), InlineText.ofMarkdown(horizon.title()),
                        item.area().orElse(""), InlineText.ofMarkdown(item.title()), labelStatus(item.status())));
            }
        }
        return entries;
    }

    /** The labels speak of now, next, later and done; the model's ongoing is now, a release lane next. */
    private static String labelKind(HorizonKind kind) {
        return switch (kind) {
            case ONGOING -> "NOW";
            case NEXT, OTHER -> "NEXT";
            case LATER -> "LATER";
            case DONE -> "DONE";
        };
    }

    private static String labelStatus(ItemStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Optional<List<Entry>> labels(String file) {
        String name = "/corpus/" + file.replaceFirst("\\.md$", ".items.tsv");
        try (InputStream in = LabelledCorpusTest.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            List<Entry> entries = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                entries.add(new Entry(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(),
                        cells[4].strip()));
            }
            return Optional.of(entries);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lower case, markup, punctuation and spacing gone: what two people would call the same title. */
    static String normalise(String title) {
        String plain = InlineText.ofMarkdown(title);
        String folded = Normalizer.normalize(plain, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }

    private static String table(List<Score> scores, Score total) {
        StringBuilder table = new StringBuilder(String.format("%n%-28s %5s %5s %5s %7s %7s %7s %6s %6s%n", "file",
                "label", "found", "match", "recall", "precis", "status", "kind", "area"));
        for (Score s : scores) {
            table.append(row(s));
        }
        return table.append(row(total)).toString();
    }

    private static String row(Score s) {
        return String.format("%-28s %5d %5d %5d %6.1f%% %6.1f%% %6.1f%% %5.1f%% %5.1f%%%n", s.file, s.labelled, s.found,
                s.matched, 100 * s.recall(), 100 * s.precision(), 100 * s.statusAccuracy(),
                s.matched == 0 ? 100.0 : 100.0 * s.kindRight / s.matched,
                s.matched == 0 ? 100.0 : 100.0 * s.areaRight / s.matched);
    }
}
