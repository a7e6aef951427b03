package dev.roadmap.web.startup;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.ImportOutcome;
import dev.roadmap.importer.ImportRejected;
import dev.roadmap.importer.ImportService;
import dev.roadmap.importer.PublishService;
import dev.roadmap.importer.markdown.RoadmapReader;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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
 * user's first page shows a real roadmap. A roadmap the import created or changed is published as its next
 * edition. A file that cannot be imported is reported and skipped; it never stops the portal.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupImport {

    private static final Logger LOG = Logger.getLogger(StartupImport.class.getName());
    private static final String DEMO = "/demo/backstage.md";
    /** Who the audit trail says imported and published at start-up. */
    private static final String ACTOR = "import";

    @Inject
    @ConfigProperty(name = "roadmap.import-dir")
    private Optional<String> importDir;

    @Inject
    private ImportService imports;

    @Inject
    private PublishService publishing;

    @Inject
    private RoadmapRepository roadmaps;

    @PostConstruct
    void importRoadmaps() {
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
        ImportOutcome outcome;
        try {
            outcome = imports.importRoadmap(slug, markdown, ACTOR, "from " + origin);
        } catch (ImportRejected rejected) {
            rejected.report().errors().forEach(e -> LOG.severe(e.format(origin)));
            LOG.severe(() -> "Roadmap '" + slug + "' from " + origin + " was not imported.");
            return;
        }
        long imported = System.nanoTime();
        outcome.report().warnings().forEach(w -> LOG.warning(w.format(origin)));
        Roadmap roadmap = roadmaps.findBySlug(Slug.of(slug)).orElseThrow();
        if (outcome.changed() || roadmap.lastEditionNumber() == 0) {
            publishing.publish(outcome.slug(), PublishService.defaultLabel(roadmap),
                    "Imported from " + origin, ACTOR);
        }
        long published = System.nanoTime();
        LOG.info(() -> String.format("Imported roadmap '%s' from %s: %d items, %s; import %d ms, publish %d ms.",
                slug, origin, roadmap.items().size(),
                outcome.created() ? "new" : outcome.changed() ? "changed" : "unchanged",
                (imported - start) / 1_000_000, (published - imported) / 1_000_000));
    }

    private static byte[] demo() {
        try (InputStream in = StartupImport.class.getResourceAsStream(DEMO)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
