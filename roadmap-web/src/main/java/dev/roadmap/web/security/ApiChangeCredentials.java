package dev.roadmap.web.security;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The API's rule against cross-site requests: a call that changes something (PUT, POST, DELETE, PATCH) is made
 * by whoever its own {@code Authorization} header proves, never by a browser's session cookie, which another
 * site's page could make the browser send. Without such a header the answer is 401 with the challenge, as for
 * no credentials at all: the way in for a script is the header.
 * <p>
 * The editor's live preview ({@code POST /api/preview}) keeps the maintainer's session: it changes nothing, its
 * {@code text/markdown} body cannot be sent from another site without a CORS preflight the portal never grants,
 * and the session cookie is {@code SameSite=Strict}.
 */
public class ApiChangeCredentials extends HttpFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> CHANGING_NOTHING = Set.of("/api/preview");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READS.contains(request.getMethod()) || HeaderLogin.provedIn(request)
                || CHANGING_NOTHING.contains(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", PortalAuthentication.REALM);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("status", 401).add("message", "A change through the API "
                + "needs an Authorization header: an API token (Bearer …) or HTTP Basic. A session cookie is not enough.")
                .build().toString());
    }
}
