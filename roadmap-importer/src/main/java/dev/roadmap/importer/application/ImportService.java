package dev.roadmap.importer.application;

import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditEntry.Action;
import dev.roadmap.domain.model.audit.AuditTrail;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.RoadmapChanges;
import dev.roadmap.importer.markdown.MarkdownBytes;
import dev.roadmap.importer.markdown.ReadResult;
import dev.roadmap.importer.markdown.ReadingBudget;
import dev.roadmap.importer.markdown.RoadmapReader;
import dev.roadmap.importer.markdown.UnreadableDocument;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The import use case: a document becomes the roadmap's draft, an upsert by slug, with its line in the
 * audit trail, in one transaction, so a failure anywhere leaves the database as it was. Importing the same
 * document again changes nothing. A maintainer first previews what an import would do; the import they
 * confirm is refused if the draft changed since.
 */
@ApplicationScoped
public class ImportService {

    /**
     * What an import would do, before anything is stored, and the version of the draft it was compared with
     * (empty for a new roadmap).
     */
    public record ImportPreview(String slug, ReadResult read, boolean newRoadmap, RoadmapChanges changes,
                                Optional<Long> draftVersion) {
    }

    private RoadmapReader reader;

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<RoadmapImported> imported;

    @Inject
    private AllOrNothing allOrNothing;

    @Inject
    @ConfigProperty(name = "roadmap.import.max-bytes", defaultValue = "" + MarkdownBytes.DEFAULT_LIMIT)
    private int maxBytes;

    @Inject
    private ReadingBudget budget;

    @PostConstruct
    void createReader() {
        reader = new RoadmapReader(budget);
    }

    /**
     * Reads the document as an import would, and compares it with the draft; stores nothing.
     *
     * @throws DocumentNotReadable when the bytes are no UTF-8 Markdown within the size limit
     */
    @Transactional
    public ImportPreview preview(String slug, byte[] markdown) {
        Slug name = slugOf(slug);
        ReadResult read;
        try {
            read = read(name, markdown);
        } catch (UnreadableDocument e) {
            throw DocumentNotReadable.notPreviewed(slug, e.getMessage(), e.isTooLarge());
        }
        Optional<Roadmap> draft = roadmaps.findBySlug(name);
        RoadmapChanges changes = read.roadmap().map(document -> draft.map(d -> RoadmapChanges.between(d, document))
                .orElseGet(() -> RoadmapChanges.between(new Roadmap(name, document.title()), document)))
                .orElse(new RoadmapChanges(List.of()));
        return new ImportPreview(name.value(), read, draft.isEmpty(), changes, draft.map(Roadmap::version));
    }

    /**
     * Stores the previewed document as the draft, unless the draft changed since the preview: then what the
     * preview showed would not be what happens.
     */
    public ImportOutcome importAsPreviewed(String slug, byte[] markdown, Optional<Long> previewedVersion, String by) {
        return allOrNothing.run("Someone changed the draft at the same moment; nothing was imported. "
                + "Preview the document again.", () -> {
                    Optional<Long> now = roadmaps.findBySlug(Slug.of(slug)).map(Roadmap::version);
                    if (!now.equals(previewedVersion)) {
                        throw new DraftChangedMeanwhile("Someone changed the draft since your preview: preview the "
                                + "document again to see what it would change now.", (Roadmap) null);
                    }
                    return importRoadmap(slug, markdown, by, "by an import in the browser");
                });
    }

    /**
     * Reads the document and stores it as the roadmap {@code slug}; a change is audited as made by
     * {@code by}, "Created" or "Changed" followed by {@code how} ("through the API").
     *
     * @throws DocumentNotReadable when the bytes are no UTF-8 Markdown within the size limit, or the document
     *         has errors; nothing is stored then
     */
    public ImportOutcome importRoadmap(String slug, byte[] markdown, String by, String how) {
        return allOrNothing.run(raceLost(slug), () -> store(Slug.of(slug), markdown, by, how));
    }

    /** A slug sent from outside; a text that is none breaks a rule of the roadmap. */
    public static Slug slugOf(String text) {
        return AllOrNothing.reading(() -> Slug.of(text));
    }

    /** What an import from outside says when it lost a race: nothing was stored, so it can simply be sent again. */
    static String raceLost(String slug) {
        return "Someone changed the roadmap '" + slug + "' at the same moment; nothing was stored. Send the document again.";
    }

    private ImportOutcome store(Slug name, byte[] markdown, String by, String how) {
        ReadResult result;
        try {
            result = read(name, markdown);
        } catch (UnreadableDocument e) {
            throw DocumentNotReadable.notImported(name.value(), e.getMessage(), e.isTooLarge());
        }
        Roadmap read = result.roadmap().orElseThrow(() -> DocumentNotReadable.withErrors(name.value(), result.report()));

        Optional<Roadmap> existing = roadmaps.findBySlug(name);
        if (existing.isEmpty()) {
            roadmaps.add(read);
            return stored(name, true, result, by, how);
        }
        Roadmap roadmap = existing.get();
        if (roadmap.hasSameContentAs(read)) {
            return new ImportOutcome(name, false, false, result.report());
        }
        roadmap.replaceContentWith(read);
        roadmaps.save(roadmap);
        return stored(name, false, result, by, how);
    }

    private ReadResult read(Slug slug, byte[] markdown) {
        return reader.read(MarkdownBytes.decode(markdown, maxBytes), slug.value());
    }

    private ImportOutcome stored(Slug name, boolean created, ReadResult result, String by, String how) {
        audit.add(AuditEntry.now(by, Action.ROADMAP_IMPORTED, name, (created ? "Created " : "Changed ") + how));
        imported.fire(new RoadmapImported(name, created));
        return new ImportOutcome(name, created, true, result.report());
    }
}
