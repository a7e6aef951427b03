package dev.roadmap.importer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes generated roadmaps of the given sizes into a folder, for bench/import.sh. */
public final class WriteGeneratedRoadmaps {

    private WriteGeneratedRoadmaps() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            int items = Integer.parseInt(args[i]);
            Files.writeString(folder.resolve(String.format("items-%05d.md", items)), GeneratedRoadmaps.withItems(items));
        }
    }
}
