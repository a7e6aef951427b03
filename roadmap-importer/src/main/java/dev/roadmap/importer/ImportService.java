package dev.roadmap.importer;

import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditEntry.Action;
import dev.roadmap.domain.model.audit.AuditTrail;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.markdown.MarkdownBytes;
import dev.roadmap.importer.markdown.ReadResult;
import dev.roadmap.importer.markdown.RoadmapReader;
import dev.roadmap.importer.markdown.UnreadableDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports a roadmap document into the roadmap's working copy: an upsert by slug, with its line in the audit
 * trail, in one transaction, so a failure anywhere leaves the database as it was. Importing the same
 * document again changes nothing.
 */
@ApplicationScoped
public class ImportService {

    private final RoadmapReader reader = new RoadmapReader();

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<RoadmapImported> imported;

    @Inject
    @ConfigProperty(name = "roadmap.import.max-bytes", defaultValue = "" + MarkdownBytes.DEFAULT_LIMIT)
    private int maxBytes;

    /**
     * Reads a document as an import would (within the size limit, as UTF-8), storing nothing: for a preview.
     *
     * @throws UnreadableDocument when the bytes are no UTF-8 Markdown within the size limit
     */
    public ReadResult read(Slug slug, byte[] markdown) {
        return reader.read(MarkdownBytes.decode(markdown, maxBytes), slug.value());
    }

    /**
     * Reads the document and stores it as the roadmap {@code slug}; a change is audited as made by
     * {@code by}, "Created" or "Changed" followed by {@code how} ("through the API").
     *
     * @throws ImportRejected when the bytes are no UTF-8 Markdown within the size limit, or the document has
     *         errors; nothing is stored then
     */
    @Transactional(rollbackOn = Exception.class)
    public ImportOutcome importRoadmap(String slug, byte[] markdown, String by, String how) {
        Slug name = Slug.of(slug);
        ReadResult result;
        try {
            result = read(name, markdown);
        } catch (UnreadableDocument e) {
            throw new ImportRejected(slug, e.getMessage(), e.isTooLarge());
        }
        Roadmap read = result.roadmap().orElseThrow(() -> new ImportRejected(slug, result.report()));

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

    private ImportOutcome stored(Slug name, boolean created, ReadResult result, String by, String how) {
        audit.add(AuditEntry.now(by, Action.ROADMAP_IMPORTED, name, (created ? "Created " : "Changed ") + how));
        imported.fire(new RoadmapImported(name, created));
        return new ImportOutcome(name, created, true, result.report());
    }
}
