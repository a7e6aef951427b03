package dev.roadmap.importer.markdown;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the reader and the writer make of many documents, written to one file: for each, the report and the export.
 * Two builds' files compared byte for byte show whether a change to the reader changed what it reads (see
 * bench/reader-ab.sh). The documents: the corpus, 400 of each fuzz mutation and 3,000 made-up ones, each from a
 * fixed seed. Not a test.
 */
public final class ReaderOutputs {

    private ReaderOutputs() {
    }

    public static void main(String[] args) throws IOException {
        List<String> corpus = Corpus.files().stream().map(Corpus::text).toList();
        List<String> documents = new ArrayList<>(corpus);
        for (DocumentMutation mutation : DocumentMutation.values()) {
            for (int i = 0; i < 400; i++) {
                Random random = new Random(mutation.ordinal() * 100_003L + i);
                documents.add(mutation.apply(corpus.get(random.nextInt(corpus.size())), random));
            }
        }
        for (int i = 0; i < 3_000; i++) {
            documents.add(new RandomDocuments(new Random(7_000_000L + i)).document());
        }
        RoadmapReader reader = new RoadmapReader();
        RoadmapWriter writer = new RoadmapWriter();
        // An OutputStreamWriter replaces what UTF-8 cannot encode (a fuzzed lone surrogate): Files.newBufferedWriter
        // refuses it, and PrintWriter then kept writing its stuck buffer again and again, every document after it lost.
        try (PrintWriter out = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(args[0])),
                StandardCharsets.UTF_8))) {
            for (int i = 0; i < documents.size(); i++) {
                out.println("=== document " + i);
                try {
                    ReadResult result = reader.read(documents.get(i), "document");
                    out.println(result.report().entries());
                    result.roadmap().ifPresent(roadmap -> out.println(writer.write(roadmap)));
                } catch (RuntimeException failed) {
                    out.println("failed: " + failed);
                }
            }
            if (out.checkError()) {
                throw new IOException("could not write " + args[0]);
            }
        }
        System.out.println(documents.size() + " documents read and written to " + args[0]);
    }
}
