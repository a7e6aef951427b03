package dev.roadmap.web.api;

import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.domain.persistence.ConcurrentChanges;
import dev.roadmap.importer.ImportOutcome;
import dev.roadmap.importer.ImportRejected;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The docs-as-code side of the API as HTTP sees it. {@code PUT /api/roadmaps/{slug}} puts a Markdown document
 * into the roadmap's draft, and publishes the next edition when asked; it answers in JSON with the importer's
 * report, refuses a document over the limit before reading it all, and a change that raced another one (409)
 * without storing anything. {@code DELETE} removes the roadmap. {@link ApiChanges} makes the changes.
 */
@ApplicationScoped
public class DocsAsCode {

    @Inject
    private ApiChanges changes;

    @Inject
    @ConfigProperty(name = "roadmap.import.max-bytes", defaultValue = "" + MarkdownBytes.DEFAULT_LIMIT)
    private int maxBytes;

    Response upload(String slug, InputStream body, boolean publish, String by) throws IOException {
        Slug name;
        try {
            name = Slug.of(slug);
        } catch (RoadmapRuleViolation notASlug) {
            return RoadmapResource.error(400, notASlug.getMessage());
        }
        byte[] markdown = body.readNBytes(maxBytes + 1);
        if (markdown.length > maxBytes) {
            return RoadmapResource.error(413, "The document is larger than " + maxBytes + " bytes, the import limit.");
        }
        ApiChanges.Upload upload;
        try {
            upload = changes.upload(name, markdown, publish, by);
        } catch (ImportRejected rejected) {
            return rejected.isTooLarge() ? RoadmapResource.error(413, rejected.getMessage())
                    : Response.status(400).type(MediaType.APPLICATION_JSON).entity(Json.createObjectBuilder(
                            RoadmapResource.message(400, rejected.getMessage()))
                            .add("report", lines(slug, rejected.report().errors())).build()).build();
        } catch (RuntimeException failed) {
            if (ConcurrentChanges.causedBy(failed)) {
                return RoadmapResource.error(409, "Someone changed the roadmap '" + slug
                        + "' at the same moment; nothing was stored. Send the document again.");
            }
            throw failed;
        }
        ImportOutcome outcome = upload.outcome();
        JsonObjectBuilder answer = Json.createObjectBuilder().add("slug", slug).add("created", outcome.created())
                .add("changed", outcome.changed()).add("warnings", lines(slug, outcome.report().warnings()));
        upload.edition().ifPresent(number -> answer.add("edition", number));
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
        if (!changes.remove(name, by)) {
            return RoadmapResource.error(404, "There is no roadmap '" + slug + "'.");
        }
        return Response.noContent().build();
    }

    private static JsonArrayBuilder lines(String slug, List<ImportReport.Entry> entries) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        entries.forEach(entry -> lines.add(entry.format(slug + ".md")));
        return lines;
    }
}
