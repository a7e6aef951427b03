package dev.roadmap.web.api;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The error pages' answer to an API address: the API's JSON ({@code status}, {@code message}) in place of the
 * site's HTML page, for what the container answers itself before or after JAX-RS (a login refused with 401, an
 * unknown address, 405, 415, a fault no mapper caught). Mapped to the error pages' folder for the ERROR dispatch.
 */
public class ApiErrorsInJson extends HttpFilter {

    private static final Map<Integer, String> MESSAGES = Map.of(
            401, "Sign in with an API token (Authorization: Bearer …) or a user name and password (HTTP Basic).",
            403, "This account may not do this.",
            404, "There is nothing at this address.",
            405, "This address does not take this method.",
            415, "This address does not take this content type.",
            500, "The portal could not answer this request.");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object failedAddress = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(failedAddress instanceof String address) || !address.startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : response.getStatus();
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("status", status)
                .add("message", MESSAGES.getOrDefault(status, "The request could not be answered.")).build().toString());
    }
}
