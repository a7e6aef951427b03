package dev.roadmap.web.api;

import dev.roadmap.domain.model.Edition;
import dev.roadmap.importer.json.RoadmapJson;
import dev.roadmap.web.site.PublishedRoadmaps;
import dev.roadmap.web.site.RoadmapDocument;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Published roadmaps as JSON. Only editions are shown, never a draft. */
@Path("/roadmaps")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PublishedRoadmapResource {

    @Inject
    private PublishedRoadmaps published;

    @GET
    @Operation(summary = "The published roadmaps, each with its newest edition's number")
    public JsonArray list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (RoadmapDocument document : published.all()) {
            list.add(Json.createObjectBuilder().add("slug", document.slug()).add("title", document.title())
                    .add("description", document.description()).add("period", document.period())
                    .add("edition", document.edition()));
        }
        return list.build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A roadmap as its newest edition shows it")
    @APIResponse(responseCode = "404", description = "No published roadmap has this slug")
    public JsonObject roadmap(@PathParam("slug") String slug) {
        return json(slug, published.latestEdition(slug));
    }

    @GET
    @Path("{slug}/editions/{number}")
    @Operation(summary = "A roadmap as one of its editions showed it")
    @APIResponse(responseCode = "400", description = "The edition number is not a number")
    @APIResponse(responseCode = "404", description = "No such roadmap or edition")
    public JsonObject edition(@PathParam("slug") String slug, @PathParam("number") String number) {
        int wanted;
        try {
            wanted = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new BadRequestException(error(400, "An edition number is a whole number, such as 1; '" + number
                    + "' is not."));
        }
        return json(slug, published.edition(slug, wanted));
    }

    private JsonObject json(String slug, Optional<Edition> edition) {
        Edition found = edition.orElseThrow(() -> new NotFoundException(error(404,
                "No published roadmap '" + slug + "' with that edition.")));
        return Json.createObjectBuilder(RoadmapJson.of(published.model(slug, found)))
                .add("edition", Json.createObjectBuilder().add("number", found.number()).add("label", found.label())
                        .add("publishedAt", found.publishedAt().toString()))
                .build();
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("status", status).add("message", message).build()).build();
    }
}
