package dev.roadmap.importer.application;

import dev.roadmap.domain.model.edition.EditionRepository;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.shared.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The import-and-publish use case, the docs-as-code path (the API's {@code PUT ?publish=true}, the start-up
 * import): a document becomes the draft and, when the public would then see something other than the draft,
 * the next edition, all in one transaction with the audit lines of both. A call that loses a race leaves
 * nothing behind.
 *
 * <p>The rule for when to publish is {@link DraftState#publicSeesSomethingElse()}: the roadmap has no
 * edition yet, or its last edition's content differs from the draft after the import. So an import that
 * changed nothing still publishes a draft that was edited but never published, and an import that changed
 * the draft back to what the last edition shows publishes nothing.
 */
@ApplicationScoped
public class ImportAndPublishService {

    /** What was stored: the import's outcome, and the edition's number when one was published. */
    public record Upload(ImportOutcome outcome, Optional<Integer> edition) {
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
    private PublishedRoadmapService publicView;

    @Inject
    private AllOrNothing allOrNothing;

    /**
     * Imports the document into the draft of {@code slug} and publishes it by the rule above; the audit says
     * both were done by {@code by} {@code how} ("through the API").
     *
     * @throws DocumentNotReadable when the document can't be imported; nothing is stored
     * @throws DraftChangedMeanwhile when another change to the roadmap was stored first; nothing is stored
     */
    public Upload importAndPublish(String slug, byte[] markdown, String by, String how, String note) {
        return allOrNothing.run(ImportService.raceLost(slug), () -> {
                    ImportOutcome outcome = imports.importRoadmap(slug, markdown, by, how);
                    return new Upload(outcome, publishIfThePublicSeesSomethingElse(outcome.slug(), by, note));
                });
    }

    private Optional<Integer> publishIfThePublicSeesSomethingElse(Slug slug, String by, String note) {
        Roadmap draft = roadmaps.findBySlug(slug).orElseThrow();
        Optional<Roadmap> lastPublished = editions.latest(draft).map(e -> publicView.model(slug.value(), e));
        if (!DraftState.of(draft, lastPublished).publicSeesSomethingElse()) {
            return Optional.empty();
        }
        return Optional.of(publishing.publish(slug, PublishService.defaultLabel(draft), note, by).number());
    }
}
