package dev.roadmap.web.api;

import dev.roadmap.importer.application.PublishedRoadmap;
import dev.roadmap.importer.application.PublishedRoadmapService;
import dev.roadmap.web.CachedBody;
import dev.roadmap.web.security.PortalAuthentication;
import dev.roadmap.web.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Roadmaps as JSON: anyone reads the published editions (never a draft); an editor or administrator puts
 * a Markdown document into the draft, the docs-as-code way, and may publish it in the same call.
 */
@Path("/roadmaps")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RoadmapResource {

    @Inject
    private PublishedRoadmapService published;

    @Inject
    private DocsAsCode docsAsCode;

    @Inject
    private RoadmapJsonCache json;

    @GET
    @Operation(summary = "The published roadmaps, each with its newest edition's number")
    public JsonArray list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        published.latestEditions().forEach((slug, edition) -> {
            PublishedRoadmap roadmap = published.readModel(slug, edition);
            list.add(Json.createObjectBuilder().add("slug", slug).add("title", roadmap.title())
                    .add("description", roadmap.description()).add("period", roadmap.periodShown())
                    .add("edition", edition.number()));
        });
        return list.build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A roadmap as its newest edition shows it; revalidate with If-None-Match")
    @APIResponse(responseCode = "304", description = "The newest edition is still the one the ETag names")
    @APIResponse(responseCode = "404", description = "No published roadmap has this slug")
    public Response roadmap(@PathParam("slug") String slug, @Context Request request) {
        return answer(slug, json.newest(slug), request);
    }

    @GET
    @Path("{slug}/editions/{number}")
    @Operation(summary = "A roadmap as one of its editions showed it")
    @APIResponse(responseCode = "304", description = "The edition is the one the ETag names")
    @APIResponse(responseCode = "400", description = "The edition number is not a number")
    @APIResponse(responseCode = "404", description = "No such roadmap or edition")
    public Response edition(@PathParam("slug") String slug, @PathParam("number") String number,
                            @Context Request request) {
        int wanted;
        try {
            wanted = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new BadRequestException(error(400, "An edition number is a whole number, such as 1; '" + number
                    + "' is not."));
        }
        return answer(slug, json.edition(slug, wanted), request);
    }

    @PUT
    @Path("{slug}")
    @Consumes({"text/markdown", MediaType.TEXT_PLAIN})
    @Operation(summary = "Imports a Markdown document into the roadmap's draft; ?publish=true also publishes it")
    @APIResponse(responseCode = "200", description = "Imported (or unchanged): what changed, the warnings, the edition")
    @APIResponse(responseCode = "201", description = "A new roadmap was made")
    @APIResponse(responseCode = "400", description = "The document has errors: the report, one line each")
    @APIResponse(responseCode = "401", description = "No valid token or user name and password")
    @APIResponse(responseCode = "403", description = "The caller is neither editor nor administrator")
    @APIResponse(responseCode = "409", description = "Someone changed the roadmap at the same moment; nothing was stored")
    @APIResponse(responseCode = "413", description = "The document is larger than the import limit")
    public Response put(@PathParam("slug") String slug, @QueryParam("publish") @DefaultValue("false") boolean publish,
                        InputStream body, @Context SecurityContext caller) throws IOException {
        if (caller.getUserPrincipal() == null) {
            return unauthorized();
        }
        if (!caller.isUserInRole(Roles.EDITOR) && !caller.isUserInRole(Roles.ADMIN)) {
            return error(403, "Only editors and administrators change roadmaps.");
        }
        return docsAsCode.upload(slug, body, publish, caller.getUserPrincipal().getName());
    }

    @DELETE
    @Path("{slug}")
    @Operation(summary = "Removes a roadmap for good, draft and editions alike (administrators only)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No valid token or user name and password")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    @APIResponse(responseCode = "404", description = "No roadmap has this slug")
    public Response delete(@PathParam("slug") String slug, @Context SecurityContext caller) {
        if (caller.getUserPrincipal() == null) {
            return unauthorized();
        }
        if (!caller.isUserInRole(Roles.ADMIN)) {
            return error(403, "Only administrators remove roadmaps.");
        }
        return docsAsCode.remove(slug, caller.getUserPrincipal().getName());
    }

    private static Response unauthorized() {
        return Response.status(401).header("WWW-Authenticate", PortalAuthentication.REALM)
                .type(MediaType.APPLICATION_JSON).entity(message(401, "Sign in with an API token (Authorization: "
                        + "Bearer …) or a user name and password (HTTP Basic).")).build();
    }

    /**
     * The edition's JSON as cached bytes, or 304 when the client holds it already. {@code no-cache}: a client or proxy
     * may keep it but asks again each time, so a new edition shows at once.
     */
    private static Response answer(String slug, Optional<EditionJson> edition, Request request) {
        EditionJson found = edition.orElseThrow(() -> new NotFoundException(error(404,
                "No published roadmap '" + slug + "' with that edition.")));
        EntityTag tag = new EntityTag(found.etag());
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(CachedBody.streamed(found.body()), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                        .header(HttpHeaders.CONTENT_LENGTH, found.body().length);
        return answer.tag(tag).cacheControl(revalidate).lastModified(new Date(found.lastModified())).build();
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(message(status, message)).build();
    }

    static JsonObject message(int status, String message) {
        return Json.createObjectBuilder().add("status", status).add("message", message).build();
    }
}
