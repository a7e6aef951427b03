package dev.roadmap.web.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Refuses an upload to the import page that is larger than the container accepts (web.xml's multipart
 * limit) before anything parses it, and sends the maintainer back to the import page, which says so,
 * instead of a failure deep in the form.
 * Smaller files that are still over the import limit reach the importer, whose message names the limit.
 */
public class UploadLimit extends HttpFilter {

    /** The Faces servlet's max-request-size in web.xml. */
    static final long LARGEST_REQUEST = 9_437_184;

    /** Past this, the connection is simply closed on the sender. */
    private static final long LARGEST_DRAINED = 64L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if ("POST".equals(request.getMethod()) && length > LARGEST_REQUEST) {
            if (length <= LARGEST_DRAINED) {
                // A browser shows an answer only once it has sent its request: read the rest, keep nothing.
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            // Back to the import page, which says why (an error page would parse the multipart body again).
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/admin/import.xhtml?tooLarge=true");
            return;
        }
        chain.doFilter(request, response);
    }
}
