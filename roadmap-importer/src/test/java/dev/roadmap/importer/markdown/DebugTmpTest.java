package dev.roadmap.importer.markdown;

import org.junit.jupiter.api.Test;

class DebugTmpTest {
    @Test
    void show() {
        RoadmapReader reader = new RoadmapReader();
        RoadmapWriter writer = new RoadmapWriter();
        for (String file : System.getProperty("files", "").split(",")) {
            if (file.isEmpty()) continue;
            var r1 = reader.read(Corpus.text(file)).roadmap().orElseThrow();
            String once = writer.write(r1);
            var r2 = reader.read(once).roadmap().orElseThrow();
            String twice = writer.write(r2);
            var p = com.github.difflib.DiffUtils.diff(once.lines().toList(), twice.lines().toList());
            System.out.println("=== export diff " + file);
            p.getDeltas().stream().limit(6).forEach(d -> System.out.println(d));
            var q = com.github.difflib.DiffUtils.diff(RoadmapPicture.of(r1).lines().toList(), RoadmapPicture.of(r2).lines().toList());
            System.out.println("=== picture diff " + file);
            q.getDeltas().stream().limit(6).forEach(d -> System.out.println(d.toString().substring(0, Math.min(600, d.toString().length()))));
        }
    }
}
