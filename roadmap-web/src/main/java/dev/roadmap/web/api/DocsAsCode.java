package dev.roadmap.web.api;

import dev.roadmap.importer.application.ImportAndPublishService;
import dev.roadmap.importer.application.ImportAndPublishService.Upload;
import dev.roadmap.importer.application.ImportOutcome;
import dev.roadmap.importer.application.ImportService;
import dev.roadmap.importer.application.RemovalService;
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
 * The docs-as-code side of the API as HTTP sees it. {@code PUT /api/roadmaps/{slug}} puts a Markdown document
 * into the roadmap's draft through the import use case, or the import-and-publish one when asked; it answers
 * in JSON with the importer's report and refuses a document over the limit before reading it all.
 * {@code DELETE} removes the roadmap. Refusals ({@code 400}, {@code 404}, {@code 409}, {@code 413}) are the
 * application's failures, answered by {@link FailureResponses}.
 */
@ApplicationScoped
public class DocsAsCode {

    private static final String HOW = "through the API";

    @Inject
    private ImportService imports;

    @Inject
    private ImportAndPublishService importAndPublish;

    @Inject
    private RemovalService removal;

    @Inject
    @ConfigProperty(name = "roadmap.import.max-bytes", defaultValue = "" + MarkdownBytes.DEFAULT_LIMIT)
    private int maxBytes;

    Response upload(String slug, InputStream body, boolean publish, String by) throws IOException {
        ImportService.slugOf(slug);
        byte[] markdown = body.readNBytes(maxBytes + 1);
        if (markdown.length > maxBytes) {
            return RoadmapResource.error(413, "The document is larger than " + maxBytes + " bytes, the import limit.");
        }
        Upload upload = publish ? importAndPublish.importAndPublish(slug, markdown, by, HOW, "Published " + HOW)
                : new Upload(imports.importRoadmap(slug, markdown, by, HOW), Optional.empty());
        ImportOutcome outcome = upload.outcome();
        JsonObjectBuilder answer = Json.createObjectBuilder().add("slug", slug).add("created", outcome.created())
                .add("changed", outcome.changed()).add("warnings", lines(slug, outcome.report().warnings()));
        upload.edition().ifPresent(number -> answer.add("edition", number));
        return Response.status(outcome.created() ? 201 : 200).type(MediaType.APPLICATION_JSON).entity(answer.build()).build();
    }

    /** {@code DELETE /api/roadmaps/{slug}}: 204 when removed, 404 when there was none. */
    Response remove(String slug, String by) {
        removal.remove(slug, by, HOW);
        return Response.noContent().build();
    }

    /** The report's lines as the command line prints them, named after the document ({@code slug.md}). */
    static JsonArrayBuilder lines(String slug, List<ImportReport.Entry> entries) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        entries.forEach(entry -> lines.add(entry.format(slug + ".md")));
        return lines;
    }
}
