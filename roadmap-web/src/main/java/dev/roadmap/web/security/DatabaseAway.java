package dev.roadmap.web.security;

import dev.roadmap.importer.application.DatabaseUnavailable;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security layer's answer when it cannot check a caller because the database is away: 503 and "try
 * again", never a 401 or a sign-in page (the credentials may be right) and never a request let through
 * unchecked. The API gets its JSON; a page gets the site's 503 page.
 */
final class DatabaseAway {

    private DatabaseAway() {
    }

    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.TRY_AGAIN_AFTER.toSeconds()));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/json");
            response.getWriter().write(Json.createObjectBuilder().add("status", 503)
                    .add("message", DatabaseUnavailable.MESSAGE).build().toString());
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
        }
    }
}
