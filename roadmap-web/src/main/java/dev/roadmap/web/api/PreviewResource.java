package dev.roadmap.web.api;

import dev.roadmap.web.security.Roles;
import dev.roadmap.web.rendering.MarkdownHtml;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/preview}: Markdown rendered and sanitised exactly as the public pages will show it, for
 * the item editor's live preview. Only for maintainers; it changes nothing. The caller is checked before
 * the body is read, and no more than the limit is ever read.
 */
@Path("/preview")
@RequestScoped
public class PreviewResource {

    private static final int MAX_BYTES = 256 * 1024;
    private static final MarkdownHtml HTML = new MarkdownHtml();

    @POST
    @Consumes({"text/markdown", MediaType.TEXT_PLAIN})
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Markdown as the public pages render it, sanitised (editors and administrators)")
    public Response preview(InputStream body, @Context SecurityContext caller) throws IOException {
        if (!caller.isUserInRole(Roles.EDITOR) && !caller.isUserInRole(Roles.ADMIN)) {
            return Response.status(caller.getUserPrincipal() == null ? 401 : 403).build();
        }
        byte[] markdown = body.readNBytes(MAX_BYTES + 1);
        if (markdown.length > MAX_BYTES) {
            return Response.status(413).build();
        }
        return Response.ok(HTML.block(new String(markdown, StandardCharsets.UTF_8))).build();
    }
}
