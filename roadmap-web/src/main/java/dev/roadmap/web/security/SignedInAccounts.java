package dev.roadmap.web.security;

import dev.roadmap.domain.model.Account;
import dev.roadmap.domain.model.AccountRepository;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Keeps signed-in sessions honest, on the maintainer UI and the API (mapped in web.xml). A session whose
 * account has been disabled since is ended at its next request. A session that a header login (HTTP Basic,
 * API token) made is ended after its one request, so a script's cookie never outlives a revoked token.
 */
public class SignedInAccounts extends HttpFilter {

    @Inject
    private AccountRepository accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null && accounts.findByUsername(caller.getName()).filter(Account::isEnabled).isEmpty()) {
            endSession(request);
            request.logout();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setHeader("WWW-Authenticate", PortalAuthentication.REALM);
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getHeader("Authorization") != null) {
                endSession(request);
            }
        }
    }

    private static void endSession(HttpServletRequest request) {
        Optional.ofNullable(request.getSession(false)).ifPresent(HttpSession::invalidate);
    }
}
