package dev.roadmap.importer.markdown;

import org.junit.jupiter.api.Test;

class DebugTimeTest {
    @Test
    void time() {
        RoadmapReader reader = new RoadmapReader();
        for (int round = 0; round < Integer.getInteger("rounds", 2); round++)
        for (String file : Corpus.files()) {
            long t = System.nanoTime();
            reader.read(Corpus.text(file));
            long ms = (System.nanoTime() - t) / 1_000_000;
            if (round == 1 && ms > 20) System.out.println("SLOW " + file + " " + ms + " ms");
        }
    }
}
