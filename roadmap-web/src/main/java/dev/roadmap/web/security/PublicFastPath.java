package dev.roadmap.web.security;

import jakarta.inject.Inject;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a public request that carries no credential at all pass authentication at once, without running
 * {@link PortalAuthentication}. Jakarta Security runs its mechanism on every request of the application,
 * through a Jakarta Authentication module it registers for it, and that halved the throughput of the cached
 * public pages; Jakarta Authentication itself costs almost nothing (see the README's Measured section).
 * <p>
 * Once the container has started the application, and so Jakarta Security has registered its module, this
 * listener registers a provider in its place that wraps the registered one: a request the mechanism could only
 * answer with "nothing to do" ({@link #needsNoMechanism}) succeeds with no caller; every other request is handed
 * to Jakarta Security's own context unchanged, and so keeps today's sign-in, sessions, login-to-continue,
 * headers and refusals. Nothing is Payara's own: it is the standard Jakarta Authentication factory. Where a
 * server registers no provider for the application (its Jakarta Security works otherwise), nothing changes.
 * {@code ROADMAP_HTTP_PUBLIC_FAST_PATH=false} turns it off.
 */
@WebListener
public class PublicFastPath implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PublicFastPath.class.getName());

    /** The layer of servlet requests in Jakarta Authentication's Servlet Container Profile. */
    private static final String LAYER = "HttpServlet";

    /** Set by the container where the address has a security constraint, and for {@code request.authenticate()}. */
    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    @Inject
    @ConfigProperty(name = "roadmap.http.public-fast-path", defaultValue = "true")
    private boolean enabled;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!enabled) {
            LOG.info("Every request passes through the authentication mechanism (ROADMAP_HTTP_PUBLIC_FAST_PATH=false)");
            return;
        }
        ServletContext servletContext = event.getServletContext();
        String appContext = servletContext.getVirtualServerName() + " " + servletContext.getContextPath();
        try {
            AuthConfigFactory factory = AuthConfigFactory.getFactory();
            AuthConfigProvider registered = factory == null ? null : factory.getConfigProvider(LAYER, appContext, null);
            if (registered == null || registered instanceof Provider) {
                LOG.fine(() -> "No authentication provider registered for " + appContext + ": no public fast path");
                return;
            }
            factory.registerConfigProvider(new Provider(registered), LAYER, appContext,
                    "Roadmap Portal: public requests without credentials, then " + registered.getClass().getName());
            LOG.info(() -> "Public requests without credentials skip the authentication mechanism (" + appContext + ")");
        } catch (RuntimeException | LinkageError unsupported) {
            LOG.log(Level.WARNING, "The public fast path could not be installed; every request runs the mechanism",
                    unsupported);
        }
    }

    /**
     * Whether the mechanism could only say "nothing to do" to this request, so that it may as well not run: a
     * GET or HEAD without an {@code Authorization} header and without a session cookie, for an address that has no
     * security constraint (the container says so) and is none of the maintainers' or the sign-in's, and not a
     * {@code request.authenticate()} (the container marks it mandatory too). Everything the mechanism and its
     * interceptors act on (a credential from the form or a header, a session to apply or to continue a login
     * in, a protected address) is then absent. A signed-in maintainer brings the session cookie, so is
     * recognised as before.
     */
    static boolean needsNoMechanism(Asked asked) {
        if (asked.mandatory() || asked.credentialHeader() || asked.sessionCookie()
                || !"GET".equals(asked.method()) && !"HEAD".equals(asked.method())) {
            return false;
        }
        String path = asked.path().toLowerCase(Locale.ROOT);
        // A path parameter or an escape could hide one of the addresses below; such a request takes the long way.
        return path.startsWith("/") && path.indexOf(';') < 0 && path.indexOf('%') < 0
                && !path.contains("j_security_check")
                && !path.startsWith("/admin") && !path.startsWith("/api") && !path.startsWith("/login");
    }

    /** What {@link #needsNoMechanism} looks at: the path is the request's URI within the application, as sent. */
    record Asked(String method, String path, boolean credentialHeader, boolean sessionCookie, boolean mandatory) {

        static Asked in(MessageInfo message, HttpServletRequest request) {
            String uri = request.getRequestURI();
            return new Asked(request.getMethod(), uri.substring(Math.min(request.getContextPath().length(), uri.length())),
                    request.getHeader("Authorization") != null, request.getRequestedSessionId() != null,
                    isMandatory(message));
        }
    }

    private static boolean isMandatory(MessageInfo message) {
        return Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY)));
    }

    /** The registered provider, wrapped: its server configurations answer credential-less public requests themselves. */
    private static final class Provider implements AuthConfigProvider {

        private final AuthConfigProvider registered;

        Provider(AuthConfigProvider registered) {
            this.registered = registered;
        }

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return new Config(registered.getServerAuthConfig(layer, appContext, handler));
        }

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return registered.getClientAuthConfig(layer, appContext, handler);
        }

        @Override
        public void refresh() {
            registered.refresh();
        }
    }

    private static final class Config implements ServerAuthConfig {

        private final ServerAuthConfig registered;

        Config(ServerAuthConfig registered) {
            this.registered = registered;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public ServerAuthContext getAuthContext(String authContextId, Subject serviceSubject, Map properties) {
            return new Context(registered, authContextId, serviceSubject, properties);
        }

        @Override
        public String getMessageLayer() {
            return registered.getMessageLayer();
        }

        @Override
        public String getAppContext() {
            return registered.getAppContext();
        }

        @Override
        public String getAuthContextID(MessageInfo messageInfo) {
            return registered.getAuthContextID(messageInfo);
        }

        @Override
        public void refresh() {
            registered.refresh();
        }

        @Override
        public boolean isProtected() {
            return registered.isProtected();
        }
    }

    /**
     * One request's authentication context (the container asks for one per request and uses it for the
     * response too). Jakarta Security's own is made only for a request that needs it.
     */
    private static final class Context implements ServerAuthContext {

        private final ServerAuthConfig config;
        private final String authContextId;
        private final Subject serviceSubject;
        @SuppressWarnings("rawtypes")
        private final Map properties;
        private boolean passed;
        private ServerAuthContext mechanism;

        @SuppressWarnings("rawtypes")
        Context(ServerAuthConfig config, String authContextId, Subject serviceSubject, Map properties) {
            this.config = config;
            this.authContextId = authContextId;
            this.serviceSubject = serviceSubject;
            this.properties = properties;
        }

        @Override
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
            if (message.getRequestMessage() instanceof HttpServletRequest request
                    && needsNoMechanism(Asked.in(message, request))) {
                passed = true;
                return AuthStatus.SUCCESS;
            }
            return mechanism().validateRequest(message, client, service);
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
            return passed ? AuthStatus.SEND_SUCCESS : mechanism().secureResponse(message, service);
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
            mechanism().cleanSubject(message, subject);
        }

        private ServerAuthContext mechanism() throws AuthException {
            if (mechanism == null) {
                mechanism = config.getAuthContext(authContextId, serviceSubject, properties);
            }
            return mechanism;
        }
    }
}
