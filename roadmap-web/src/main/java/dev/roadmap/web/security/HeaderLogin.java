package dev.roadmap.web.security;

import dev.roadmap.importer.application.DatabaseUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
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
 * A script's login: the {@code Authorization} header (HTTP Basic or an API token) checked on every request that
 * carries it, never remembered in a session. A request it proved is marked, so the API can tell a caller the
 * header proved from one a browser's session cookie brought ({@link ApiChangeCredentials}).
 */
@ApplicationScoped
public class HeaderLogin {

    private static final String PROVED = "dev.roadmap.web.security.proved-by-header";

    @Inject
    private IdentityStoreHandler identityStores;

    /** Whether this request's caller was proved by its own {@code Authorization} header. */
    public static boolean provedIn(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(PROVED));
    }

    static boolean isIn(HttpServletRequest request) {
        return credential(request).isPresent();
    }

    AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<Credential> credential = credential(request);
        if (credential.isEmpty()) {
            return context.doNothing();
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential.get());
        } catch (RuntimeException failed) {
            if (DatabaseUnavailable.in(failed).isEmpty()) {
                throw failed;
            }
            answerUnavailable(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            response.setHeader("WWW-Authenticate", PortalAuthentication.REALM);
            return context.responseUnauthorized();
        }
        if (credential.get() instanceof BearerTokenCredential) {
            SignedInAccounts.signedInByToken(request);
        }
        request.setAttribute(PROVED, Boolean.TRUE);
        return context.notifyContainerAboutLogin(result);
    }

    private static void answerUnavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            DatabaseAway.answer(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Credential> credential(HttpServletRequest request) {
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
