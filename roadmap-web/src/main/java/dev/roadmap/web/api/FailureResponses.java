package dev.roadmap.web.api;

import dev.roadmap.importer.application.ApplicationFailure;
import dev.roadmap.importer.application.DatabaseUnavailable;
import dev.roadmap.importer.application.DocumentNotReadable;
import dev.roadmap.importer.application.DraftChangedMeanwhile;
import dev.roadmap.importer.application.RoadmapNotFound;
import dev.roadmap.importer.application.RoadmapRuleBroken;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's one answer to each failure of a use case, in JSON ({@code status}, {@code message}): a rule
 * broken or a document with errors is 400 (with the report's lines), no such roadmap 404, a race lost 409,
 * a document over the limit 413, a database that cannot be reached 503 with {@code Retry-After}. Nothing was
 * stored in any of them.
 */
@Provider
public class FailureResponses implements ExceptionMapper<ApplicationFailure> {

    @Override
    public Response toResponse(ApplicationFailure failure) {
        if (failure instanceof DatabaseUnavailable) {
            return Response.fromResponse(RoadmapResource.error(503, failure.getMessage()))
                    .header("Retry-After", DatabaseUnavailable.TRY_AGAIN_AFTER.toSeconds()).build();
        }
        if (failure instanceof DocumentNotReadable unreadable) {
            return unreadable.isTooLarge() ? RoadmapResource.error(413, unreadable.getMessage())
                    : Response.status(400).type(MediaType.APPLICATION_JSON).entity(Json.createObjectBuilder(
                            RoadmapResource.message(400, unreadable.getMessage()))
                            .add("report", DocsAsCode.lines(unreadable.slug(), unreadable.report().errors()))
                            .build()).build();
        }
        return RoadmapResource.error(status(failure), failure.getMessage());
    }

    private static int status(ApplicationFailure failure) {
        if (failure instanceof RoadmapNotFound) {
            return 404;
        }
        if (failure instanceof DraftChangedMeanwhile) {
            return 409;
        }
        if (failure instanceof RoadmapRuleBroken) {
            return 400;
        }
        return 500;
    }
}
