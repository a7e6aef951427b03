package dev.roadmap.web.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in with the form, and their roles, as the session keeps them: plain values, so the session can move to
 * another node of a cluster and the maintainer stays signed in with the same roles there. (Jakarta Security's
 * {@code @AutoApplySession} leaves the caller to the server's own session memory, which after a failover rebuilds
 * the user name but not the roles a custom mechanism gave.)
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SignedInCaller.class.getName();

    /** The caller the request's session remembers, if it has a session and was signed in. */
    static Optional<SignedInCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(ATTRIBUTE)).map(SignedInCaller.class::cast);
    }

    /** Remembers a form sign-in in the request's session, made now if there is none. */
    static void remember(HttpServletRequest request, CredentialValidationResult result) {
        request.getSession().setAttribute(ATTRIBUTE,
                new SignedInCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    }
}
