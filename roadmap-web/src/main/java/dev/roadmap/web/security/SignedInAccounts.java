package dev.roadmap.web.security;

import dev.roadmap.domain.model.account.Account;
import dev.roadmap.domain.model.account.AccountRepository;
import dev.roadmap.importer.application.DatabaseUnavailable;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
 * Keeps signed-in sessions honest, on the maintainer UI, the API and the login page (mapped in web.xml).
 * A session notes the password it began with; if the account has been disabled, or its password changed
 * or reset, since then, the session ends at its next request. A session that a header login (HTTP Basic,
 * API token) made is ended after its one request, refused or not, so a script's cookie never outlives a
 * revoked token. An account whose password is temporary may do one thing: choose its own password (and
 * sign out); on the API only a token proved in the request itself gets through.
 */
public class SignedInAccounts extends HttpFilter {

    private static final String PASSWORD_SEEN = "dev.roadmap.web.security.password-seen";
    private static final String SIGNED_IN_BY_TOKEN = "dev.roadmap.web.security.signed-in-by-token";
    /** The one maintainer page open to an account whose password is temporary. */
    public static final String PASSWORD_PAGE = "/admin/password.xhtml";

    @Inject
    private AccountRepository accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            boolean mayGoOn;
            try {
                mayGoOn = mayGoOn(request, response);
            } catch (RuntimeException failed) {
                // The account cannot be checked while the database is away: refused for now, not let through.
                if (DatabaseUnavailable.in(failed).isEmpty()) {
                    throw failed;
                }
                DatabaseAway.answer(request, response);
                return;
            }
            if (mayGoOn) {
                chain.doFilter(request, response);
            }
            stampSignIn(request);
        } finally {
            if (request.getHeader("Authorization") != null) {
                endSession(request);
            }
        }
    }

    /** Refuses a session that is no longer valid, and a temporary password anything but its own page. */
    private boolean mayGoOn(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        Optional<Account> account = caller == null ? Optional.empty() : stillValid(caller.getName(), request);
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (caller != null && account.isEmpty()) {
            endSession(request);
            request.logout();
            if (api) {
                response.setHeader("WWW-Authenticate", PortalAuthentication.REALM);
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
            }
            return false;
        }
        if (account.filter(Account::mustChangePassword).isPresent() && !mayUseATemporaryPassword(request, api)) {
            if (api) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json");
                response.getWriter().write(Json.createObjectBuilder().add("status", 403).add("message", "This account's "
                        + "password is temporary: sign in to the maintainer pages and choose your own first.").build().toString());
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return false;
        }
        return true;
    }

    /** Marks a request whose caller an API token proved, in this very request (not a session's memory). */
    static void signedInByToken(HttpServletRequest request) {
        request.setAttribute(SIGNED_IN_BY_TOKEN, Boolean.TRUE);
    }

    /**
     * A sign-in on the login page: the new session remembers the password it began with at once, so a
     * password change ends it even if it never asked for a maintainer page before.
     */
    private void stampSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Principal caller = request.getUserPrincipal();
        if (session != null && caller != null && session.getAttribute(PASSWORD_SEEN) == null) {
            accounts.findByUsername(caller.getName()).ifPresent(account -> passwordChangedIn(session, account));
        }
    }

    /**
     * The account, while it may still use this session: it is enabled, and its password is the one it had
     * when the session began (a change or reset ends every other session). The session keeps a digest of
     * the hash, not the hash.
     */
    private Optional<Account> stillValid(String username, HttpServletRequest request) {
        Optional<Account> account = accounts.findByUsername(username).filter(Account::isEnabled);
        HttpSession session = request.getSession(false);
        if (account.isEmpty() || session == null) {
            return account;
        }
        String now = digest(account.get());
        Object then = session.getAttribute(PASSWORD_SEEN);
        if (then == null) {
            session.setAttribute(PASSWORD_SEEN, now);
            return account;
        }
        return then.equals(now) ? account : Optional.empty();
    }

    /** After the owner changed their password in this session: the session goes on, the others end. */
    public static void passwordChangedIn(HttpSession session, Account account) {
        session.setAttribute(PASSWORD_SEEN, digest(account));
    }

    private static String digest(Account account) {
        return ApiTokens.hash(account.passwordHash());
    }

    // With a temporary password: the password page (which signs out, too), and API calls a token proved.
    private static boolean mayUseATemporaryPassword(HttpServletRequest request, boolean api) {
        if (api) {
            return Boolean.TRUE.equals(request.getAttribute(SIGNED_IN_BY_TOKEN));
        }
        return request.getRequestURI().equals(request.getContextPath() + PASSWORD_PAGE);
    }

    private static void endSession(HttpServletRequest request) {
        Optional.ofNullable(request.getSession(false)).ifPresent(HttpSession::invalidate);
    }
}
