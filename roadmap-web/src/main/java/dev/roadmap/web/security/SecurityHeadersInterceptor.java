package dev.roadmap.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import java.io.IOException;

/**
 * Sets the security headers before Jakarta Security's own interceptors run: the login-to-continue
 * interceptor answers an anonymous request for {@code /admin/…} with a redirect before the mechanism's
 * code, and before any servlet filter, ever sees it. That redirect is absolute, built from the request's
 * {@code Host}; it is sent to the {@link PublicOrigin} instead, so a forged {@code Host} goes nowhere.
 */
@WithSecurityHeaders
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class SecurityHeadersInterceptor {

    @Inject
    private PublicOrigin publicOrigin;

    @AroundInvoke
    public Object addHeaders(InvocationContext invocation) throws Exception {
        HttpServletRequest request = null;
        HttpServletResponse response = null;
        for (Object parameter : invocation.getParameters()) {
            if (parameter instanceof HttpServletRequest given) {
                request = given;
            }
            if (parameter instanceof HttpServletResponse given) {
                response = given;
            }
        }
        if (request == null || response == null) {
            return invocation.proceed();
        }
        boolean https = publicOrigin.isHttps(request);
        SecurityHeaders.addTo(response, https);
        Object[] parameters = invocation.getParameters();
        // Only where the request's own idea of the site differs from the public one is there anything to mend.
        if (parameters.length == 3 && parameters[2] instanceof HttpMessageContext context
                && !requestBase(request).equals(publicOrigin.siteOf(request))) {
            HttpServletResponse redirectingToThePublic = new PublicRedirects(request, response);
            context.setResponse(redirectingToThePublic);
            parameters[1] = redirectingToThePublic;
            invocation.setParameters(parameters);
        }
        Object outcome = invocation.proceed();
        if (https) {
            SecurityHeaders.secureSessionCookie(response);
        }
        return outcome;
    }

    /**
     * Jakarta Security's redirects (to the login page, and back after it) on the public origin: they send a full
     * URL. A redirect is sent at once, so the session cookie gets its {@code Secure} flag just before.
     */
    private final class PublicRedirects extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        PublicRedirects(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (publicOrigin.isHttps(request)) {
                // the login page's redirect began a session to remember where the visitor was going
                SecurityHeaders.secureSessionCookie((HttpServletResponse) getResponse());
            }
            String asBuilt = requestBase(request);
            super.sendRedirect(location.startsWith(asBuilt)
                    ? publicOrigin.siteOf(request) + location.substring(asBuilt.length()) : location);
        }
    }

    /** The base URL Jakarta Security's redirects start with: the request's scheme, {@code Host} and context path. */
    private static String requestBase(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
