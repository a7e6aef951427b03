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
 * account has been disabled, or whose password was reset, since it began is ended at its next request.
 * A session that a header login (HTTP Basic, API token) made is ended after its one request, so a script's
 * cookie never outlives a revoked token.
 */
public class SignedInAccounts extends HttpFilter {

    private static final String PASSWORD_SEEN = "dev.roadmap.web.security.password-seen";

    @Inject
    private AccountRepository accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null && !stillValid(caller.getName(), request)) {
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

    /**
     * Whether the account may still use this session: it is enabled, and its password is the one it had when
     * the session began (a reset ends every other session). The session keeps a digest of the hash, not the hash.
     */
    private boolean stillValid(String username, HttpServletRequest request) {
        Optional<Account> account = accounts.findByUsername(username).filter(Account::isEnabled);
        if (account.isEmpty()) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return true;
        }
        String now = ApiTokens.hash(account.get().passwordHash());
        Object then = session.getAttribute(PASSWORD_SEEN);
        if (then == null) {
            session.setAttribute(PASSWORD_SEEN, now);
            return true;
        }
        return then.equals(now);
    }

    private static void endSession(HttpServletRequest request) {
        Optional.ofNullable(request.getSession(false)).ifPresent(HttpSession::invalidate);
    }
}
