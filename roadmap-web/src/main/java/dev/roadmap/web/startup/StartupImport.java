package dev.roadmap.web.startup;

import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.importer.application.DocumentNotReadable;
import dev.roadmap.importer.application.DraftChangedMeanwhile;
import dev.roadmap.importer.application.ImportAndPublishService;
import dev.roadmap.importer.application.ImportAndPublishService.Upload;
import dev.roadmap.importer.application.ImportOutcome;
import dev.roadmap.importer.markdown.RoadmapReader;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports roadmaps when the portal starts: every {@code .md} file of {@code ROADMAP_IMPORT_DIR} (the file
 * name is the slug), or, on a first start against an empty database, the bundled Backstage roadmap, so a new
 * user's first page shows a real roadmap. Each file goes through the import-and-publish use case, so a
 * roadmap whose draft the public does not see yet is published as its next edition. A file that cannot be imported is reported and skipped; it never stops the portal.
 */
@ApplicationScoped
public class StartupImport {

    private static final Logger LOG = Logger.getLogger(StartupImport.class.getName());
    private static final String DEMO = "/demo/backstage.md";
    /** Who the audit trail says imported and published at start-up. */
    private static final String ACTOR = "import";

    @Inject
    @ConfigProperty(name = "roadmap.import-dir")
    private Optional<String> importDir;

    @Inject
    private ImportAndPublishService importAndPublish;

    @Inject
    private RoadmapRepository roadmaps;

    void importRoadmaps(@Observes @Priority(StartupOrder.IMPORT) @Initialized(ApplicationScoped.class) Object start) {
        if (importDir.isPresent()) {
            importFolder(Path.of(importDir.get()));
        } else if (roadmaps.findAll().isEmpty()) {
            importOne("backstage", demo(), "the bundled demo " + DEMO);
        }
    }

    private void importFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.severe(() -> "ROADMAP_IMPORT_DIR " + folder.toAbsolutePath() + " is not a folder; nothing imported.");
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            LOG.severe(() -> "ROADMAP_IMPORT_DIR " + folder.toAbsolutePath() + " cannot be read: " + e.getMessage());
            return;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String slug = RoadmapReader.slugFrom(name.substring(0, name.length() - ".md".length())).value();
            try {
                importOne(slug, Files.readAllBytes(file), file.toString());
            } catch (IOException e) {
                LOG.severe(() -> file + ":0: error: cannot be read: " + e.getMessage());
            }
        }
    }

    private void importOne(String slug, byte[] markdown, String origin) {
        long start = System.nanoTime();
        Upload upload;
        try {
            upload = importAndPublish.importAndPublish(slug, markdown, ACTOR, "from " + origin, "Imported from " + origin);
        } catch (DocumentNotReadable rejected) {
            rejected.report().errors().forEach(e -> LOG.severe(e.format(origin)));
            LOG.severe(() -> "Roadmap '" + slug + "' from " + origin + " was not imported.");
            return;
        } catch (DraftChangedMeanwhile raced) {
            // Another node of a cluster imported the same file at the same moment: its import stands.
            LOG.warning(() -> "Roadmap '" + slug + "' from " + origin + ": " + raced.getMessage());
            return;
        }
        long done = System.nanoTime();
        ImportOutcome outcome = upload.outcome();
        outcome.report().warnings().forEach(w -> LOG.warning(w.format(origin)));
        LOG.info(() -> String.format("Imported roadmap '%s' from %s: %s, %s; %d ms.", slug, origin,
                outcome.created() ? "new" : outcome.changed() ? "changed" : "unchanged",
                upload.edition().map(number -> "published as edition " + number).orElse("nothing to publish"),
                (done - start) / 1_000_000));
    }

    private static byte[] demo() {
        try (InputStream in = StartupImport.class.getResourceAsStream(DEMO)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
