package dev.roadmap.web.admin;

import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditEntry.Action;
import dev.roadmap.domain.model.audit.AuditTrail;
import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.edition.EditionRepository;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.ImportOutcome;
import dev.roadmap.importer.ImportService;
import dev.roadmap.importer.PublishService;
import dev.roadmap.importer.RoadmapChanges;
import dev.roadmap.importer.markdown.ReadResult;
import dev.roadmap.importer.markdown.UnreadableDocument;
import dev.roadmap.web.site.PublishedRoadmaps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * A maintainer's work on a roadmap's draft: preview an import and confirm it, see what publishing would
 * change and publish, put the draft back to an edition. Each change is one transaction and one line of the
 * audit trail; publishing refuses when the draft moved on since the maintainer looked.
 */
@ApplicationScoped
public class Drafts {

    /**
     * What an import would do, before anything is stored, and the version of the draft it was compared with
     * (empty for a new roadmap).
     */
    public record ImportPreview(String slug, ReadResult read, boolean newRoadmap, RoadmapChanges changes,
                                Optional<Long> draftVersion) {
    }

    /**
     * What publishing the draft now would change for the public, and the draft (with the version) it was seen
     * at; the roadmap's editions, newest first, any of which the draft can go back to.
     */
    public record PublishPreview(Roadmap draft, List<Edition> editions, RoadmapChanges changes, String defaultLabel) {

        /** The edition the public sees now. */
        public Optional<Edition> last() {
            return editions.stream().findFirst();
        }
    }

    @Inject
    private ImportService imports;

    @Inject
    private PublishService publishing;

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private EditionRepository editions;

    @Inject
    private PublishedRoadmaps published;

    @Inject
    private AuditTrail audit;

    /** Reads the document as an import would, and compares it with the draft; stores nothing. */
    @Transactional
    public ImportPreview previewImport(String slug, byte[] markdown) throws UnreadableDocument {
        Slug name = Slug.of(slug);
        ReadResult read = imports.read(name, markdown);
        Optional<Roadmap> draft = roadmaps.findBySlug(name);
        RoadmapChanges changes = read.roadmap().map(document -> draft.map(d -> RoadmapChanges.between(d, document))
                .orElseGet(() -> RoadmapChanges.between(new Roadmap(name, document.title()), document)))
                .orElse(new RoadmapChanges(List.of()));
        return new ImportPreview(name.value(), read, draft.isEmpty(), changes, draft.map(Roadmap::version));
    }

    /**
     * Stores the previewed document as the draft, in one transaction with its audit line, unless the draft
     * changed since the preview: then what the preview showed would not be what happens.
     */
    @Transactional(rollbackOn = Exception.class)
    public ImportOutcome confirmImport(String slug, byte[] markdown, Optional<Long> previewedVersion, String by) {
        Optional<Long> now = roadmaps.findBySlug(Slug.of(slug)).map(Roadmap::version);
        if (!now.equals(previewedVersion)) {
            throw new DraftMovedOn("Someone changed the draft since your preview: preview the document again "
                    + "to see what it would change now.");
        }
        return imports.importRoadmap(slug, markdown, by, "by an import in the browser");
    }

    @Transactional
    public PublishPreview previewPublish(String slug) {
        Roadmap draft = roadmaps.require(slug);
        List<Edition> all = editions.findAllOf(draft);
        Roadmap before = all.stream().findFirst().map(e -> published.model(slug, e))
                .orElse(new Roadmap(draft.slug(), draft.title()));
        return new PublishPreview(draft, all, RoadmapChanges.between(before, draft), PublishService.defaultLabel(draft));
    }

    /**
     * Publishes the draft as the maintainer saw it: if it changed since (version {@code seenVersion}), nothing
     * is published and they are told to look again.
     */
    @Transactional(rollbackOn = Exception.class)
    public Edition publish(String slug, long seenVersion, String label, String note, String by) {
        Roadmap draft = asSeen(slug, seenVersion, "Look at the changes again before you publish.");
        return publishing.publish(draft.slug(), label, note, by);
    }

    /** Puts the draft, as the maintainer saw it, back to what an edition published; editions never change. */
    @Transactional(rollbackOn = Exception.class)
    public void revert(String slug, long seenVersion, int editionNumber, String by) {
        Roadmap draft = asSeen(slug, seenVersion, "Look at it again before you put it back to an edition.");
        Edition edition = editions.find(draft, editionNumber)
                .orElseThrow(() -> new RoadmapRuleViolation("The roadmap has no edition " + editionNumber + "."));
        draft.replaceContentWith(published.model(slug, edition));
        roadmaps.save(draft);
        audit.add(AuditEntry.now(by, Action.DRAFT_REVERTED, draft.slug(), "To edition " + editionNumber));
    }

    /** The draft, if it is still the version the maintainer saw; else the refusal, with what to do next. */
    private Roadmap asSeen(String slug, long seenVersion, String lookAgain) {
        Roadmap draft = roadmaps.require(slug);
        if (draft.version() != seenVersion) {
            throw new DraftMovedOn("Someone changed the draft since you opened this page. " + lookAgain);
        }
        return draft;
    }

    /** The draft changed between looking and publishing. */
    public static final class DraftMovedOn extends RoadmapRuleViolation {
        DraftMovedOn(String message) {
            super(message);
        }
    }
}
