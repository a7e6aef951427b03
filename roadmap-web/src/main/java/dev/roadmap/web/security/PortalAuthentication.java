package dev.roadmap.web.security;

import dev.roadmap.importer.application.DatabaseUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How anyone proves who they are, in one mechanism (Jakarta Security 3 allows one per application): the
 * login form's credentials, handed over by {@code SecurityContext.authenticate}, or an {@code Authorization}
 * header with HTTP Basic or an API token, for scripts. An anonymous request for {@code /admin/…} is sent to
 * the login page and, after signing in, back where it was going.
 * <p>
 * A login is remembered in the session ({@link AutoApplySession}); {@link SignedInAccounts} ends a session
 * whose account was disabled, and the session a header login made, after its one request.
 */
@ApplicationScoped
@WithSecurityHeaders
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
public class PortalAuthentication implements HttpAuthenticationMechanism {

    /** The challenge a script gets when it must sign in. */
    public static final String REALM = "Basic realm=\"Roadmap Portal\", charset=\"UTF-8\"";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential fromForm = context.getAuthParameters().getCredential();
        Optional<Credential> credential = fromForm != null ? Optional.of(fromForm) : fromHeader(request);
        if (credential.isEmpty()) {
            return context.doNothing();
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential.get());
        } catch (RuntimeException failed) {
            Optional<DatabaseUnavailable> unavailable = DatabaseUnavailable.in(failed);
            if (unavailable.isEmpty()) {
                throw failed;
            }
            if (fromForm != null) {
                throw unavailable.get(); // the login page says so, on the page
            }
            answerUnavailable(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (credential.get() instanceof BearerTokenCredential) {
                SignedInAccounts.signedInByToken(request);
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (fromForm != null) {
            return AuthenticationStatus.SEND_FAILURE; // the login page says so in its own words
        }
        response.setHeader("WWW-Authenticate", REALM);
        return context.responseUnauthorized();
    }

    private static void answerUnavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            DatabaseAway.answer(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Credential> fromHeader(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(new BearerTokenCredential(header.substring(7).strip()));
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon > 0) {
                    return Optional.of(new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1)));
                }
            } catch (IllegalArgumentException notBase64) {
                // an unreadable header proves nothing: answered like a wrong password
            }
            return Optional.of(new UsernamePasswordCredential("", ""));
        }
        return Optional.empty();
    }
}
