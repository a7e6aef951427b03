package dev.roadmap.web.security;

import dev.roadmap.importer.application.DatabaseUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * How anyone proves who they are, in one mechanism (Jakarta Security 3 allows one per application): the
 * login form's credentials, handed over by {@code SecurityContext.authenticate}, or an {@code Authorization}
 * header with HTTP Basic or an API token, for scripts. An anonymous request for {@code /admin/…} is sent to
 * the login page and, after signing in, back where it was going.
 * <p>
 * A form login is remembered in the session ({@link SignedInCaller}: the name and roles, which survive the session's
 * move to another node of a cluster), and its browser as a known device ({@link KnownDevices});
 * {@link SignedInAccounts} ends a session whose account was disabled. A header is checked on each request that
 * carries it, before any session is looked at, and makes no session ({@link CallerFirstInterceptor}).
 */
@ApplicationScoped
@WithSecurityHeaders
@CallerFirst
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
public class PortalAuthentication implements HttpAuthenticationMechanism {

    /** The challenge a script gets when it must sign in. */
    public static final String REALM = "Basic realm=\"Roadmap Portal\", charset=\"UTF-8\"";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private KnownDevices knownDevices;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential fromForm = context.getAuthParameters().getCredential();
        if (fromForm == null) {
            // A header or a signed-in session was seen to before (CallerFirstInterceptor): nobody to sign in.
            return context.doNothing();
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(fromForm);
        } catch (RuntimeException failed) {
            Optional<DatabaseUnavailable> unavailable = DatabaseUnavailable.in(failed);
            if (unavailable.isEmpty()) {
                throw failed;
            }
            throw unavailable.get(); // the login page says so, on the page
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            knownDevices.handOver(request, response); // before any redirect to where the maintainer was going
            SignedInCaller.remember(request, result);
            return context.notifyContainerAboutLogin(result);
        }
        return AuthenticationStatus.SEND_FAILURE; // the login page says so in its own words
    }
}
