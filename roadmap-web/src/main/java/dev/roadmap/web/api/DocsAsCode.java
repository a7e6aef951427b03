package dev.roadmap.web.api;

import dev.roadmap.domain.model.AuditEntry;
import dev.roadmap.domain.model.AuditEntry.Action;
import dev.roadmap.domain.model.AuditTrail;
import dev.roadmap.domain.model.Edition;
import dev.roadmap.domain.model.Roadmap;
import dev.roadmap.domain.model.RoadmapRepository;
import dev.roadmap.domain.model.RoadmapRuleViolation;
import dev.roadmap.domain.model.Slug;
import dev.roadmap.domain.persistence.ConcurrentChanges;
import dev.roadmap.web.admin.RoadmapOverview;
import dev.roadmap.importer.ImportOutcome;
import dev.roadmap.importer.ImportRejected;
import dev.roadmap.importer.ImportService;
import dev.roadmap.importer.PublishService;
import dev.roadmap.importer.RoadmapRemoval;
import dev.roadmap.importer.markdown.ImportReport;
import dev.roadmap.importer.markdown.MarkdownBytes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The docs-as-code side of the API. {@code PUT /api/roadmaps/{slug}} puts a Markdown document into the
 * roadmap's draft, and publishes the next edition when asked; it answers in JSON with the importer's report,
 * refuses a document over the limit before reading it all, and a change that raced another one (409)
 * without storing anything. {@code DELETE} removes the roadmap. Each change is a line of the audit trail.
 */
@ApplicationScoped
public class DocsAsCode {

    @Inject
    private ImportService imports;

    @Inject
    private PublishService publishing;

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoadmapRemoval removal;

    @Inject
    private RoadmapOverview overview;

    @Inject
    @ConfigProperty(name = "roadmap.import.max-bytes", defaultValue = "" + MarkdownBytes.DEFAULT_LIMIT)
    private int maxBytes;

    Response upload(String slug, InputStream body, boolean publish, String by) throws IOException {
        try {
            Slug.of(slug);
        } catch (RoadmapRuleViolation notASlug) {
            return RoadmapResource.error(400, notASlug.getMessage());
        }
        byte[] markdown = body.readNBytes(maxBytes + 1);
        if (markdown.length > maxBytes) {
            return RoadmapResource.error(413, "The document is larger than " + maxBytes + " bytes, the import limit.");
        }
        ImportOutcome outcome;
        try {
            outcome = imports.importRoadmap(slug, markdown);
        } catch (ImportRejected rejected) {
            return rejected.isTooLarge() ? RoadmapResource.error(413, rejected.getMessage())
                    : Response.status(400).type(MediaType.APPLICATION_JSON).entity(Json.createObjectBuilder()
                            .add("status", 400).add("message", rejected.getMessage())
                            .add("report", lines(slug, rejected.report().errors())).build()).build();
        } catch (RuntimeException failed) {
            if (ConcurrentChanges.causedBy(failed)) {
                return RoadmapResource.error(409, "Someone changed the roadmap '" + slug
                        + "' at the same moment; nothing was stored. Send the document again.");
            }
            throw failed;
        }
        if (outcome.changed()) {
            audit.add(AuditEntry.now(by, Action.ROADMAP_IMPORTED, outcome.slug(),
                    (outcome.created() ? "Created" : "Changed") + " through the API"));
        }
        JsonObjectBuilder answer = Json.createObjectBuilder().add("slug", slug).add("created", outcome.created())
                .add("changed", outcome.changed()).add("warnings", lines(slug, outcome.report().warnings()));
        if (publish) {
            try {
                publishIfTheDraftDiffers(outcome.slug(), by).ifPresent(number -> answer.add("edition", number));
            } catch (RuntimeException failed) {
                if (!ConcurrentChanges.causedBy(failed)) {
                    throw failed;
                }
                return RoadmapResource.error(409, "The document is in the draft, but publishing it raced another "
                        + "change; nothing was published. Send it again to publish.");
            }
        }
        return Response.status(outcome.created() ? 201 : 200).type(MediaType.APPLICATION_JSON).entity(answer.build()).build();
    }

    /** {@code DELETE /api/roadmaps/{slug}}: 204 when removed, 404 when there was none. */
    Response remove(String slug, String by) {
        Slug name;
        try {
            name = Slug.of(slug);
        } catch (RoadmapRuleViolation notASlug) {
            return RoadmapResource.error(404, "There is no roadmap '" + slug + "'.");
        }
        if (!removal.remove(name)) {
            return RoadmapResource.error(404, "There is no roadmap '" + slug + "'.");
        }
        audit.add(AuditEntry.now(by, Action.ROADMAP_DELETED, name, "Removed through the API, with its editions"));
        return Response.noContent().build();
    }

    /** Publishes when the public sees something else than the draft: also after an earlier call failed to. */
    private Optional<Integer> publishIfTheDraftDiffers(Slug slug, String by) {
        Roadmap draft = roadmaps.findBySlug(slug).orElseThrow();
        if (overview.stateOf(draft) == RoadmapOverview.State.PUBLISHED) {
            return Optional.empty();
        }
        Edition edition = publishing.publish(slug, PublishService.defaultLabel(draft), "Published through the API", by);
        return Optional.of(edition.number());
    }

    private static JsonArrayBuilder lines(String slug, List<ImportReport.Entry> entries) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        entries.forEach(entry -> lines.add(entry.format(slug + ".md")));
        return lines;
    }
}
