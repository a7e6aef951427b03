package dev.roadmap.web.api;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.ImportOutcome;
import dev.roadmap.importer.ImportService;
import dev.roadmap.importer.PublishService;
import dev.roadmap.importer.RoadmapRemoval;
import dev.roadmap.web.admin.RoadmapOverview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * What the API changes, each call in one transaction with its audit lines (which the importer's services
 * write): an import and the edition it publishes are stored together or not at all, so a call that loses a
 * race leaves nothing behind.
 */
@ApplicationScoped
public class ApiChanges {

    /** What a {@code PUT} stored: the import's outcome, and the edition's number when it published one. */
    public record Upload(ImportOutcome outcome, Optional<Integer> edition) {
    }

    @Inject
    private ImportService imports;

    @Inject
    private PublishService publishing;

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private RoadmapRemoval removal;

    @Inject
    private RoadmapOverview overview;


    /**
     * Imports the document into the draft and, when asked, publishes it.
     *
     * @throws dev.roadmap.importer.ImportRejected when the document can't be imported; nothing is stored
     */
    @Transactional(rollbackOn = Exception.class)
    public Upload upload(Slug slug, byte[] markdown, boolean publish, String by) {
        ImportOutcome outcome = imports.importRoadmap(slug.value(), markdown, by, "through the API");
        return new Upload(outcome, publish ? publishIfTheDraftDiffers(slug, by) : Optional.empty());
    }

    /** Removes the roadmap with its editions; false when there is none by that slug. */
    public boolean remove(Slug slug, String by) {
        return removal.remove(slug, by, "through the API");
    }

    /** Publishes when the public sees something else than the draft, as after an import that changed nothing. */
    private Optional<Integer> publishIfTheDraftDiffers(Slug slug, String by) {
        Roadmap draft = roadmaps.require(slug.value());
        if (overview.stateOf(draft) == RoadmapOverview.State.PUBLISHED) {
            return Optional.empty();
        }
        return Optional.of(publishing.publish(slug, PublishService.defaultLabel(draft), "Published through the API", by)
                .number());
    }
}
