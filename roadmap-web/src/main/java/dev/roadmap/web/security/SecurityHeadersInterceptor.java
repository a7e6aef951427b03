package dev.roadmap.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sets the security headers before Jakarta Security's own interceptors run: the login-to-continue
 * interceptor answers an anonymous request for {@code /admin/…} with a redirect before the mechanism's
 * code, and before any servlet filter, ever sees it. That redirect is absolute, built from the request's
 * {@code Host}; it is rewritten to the {@link PublicOrigin}, so a forged {@code Host} goes nowhere.
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
        Object outcome = invocation.proceed();
        String location = response.getHeader("Location");
        String asBuilt = requestBase(request);
        if (location != null && location.startsWith(asBuilt) && !response.isCommitted()) {
            response.setHeader("Location", publicOrigin.siteOf(request) + location.substring(asBuilt.length()));
        }
        if (https) {
            SecurityHeaders.secureSessionCookie(response);
        }
        return outcome;
    }

    /** The base URL Jakarta Security's redirects start with: the request's scheme, {@code Host} and context path. */
    private static String requestBase(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
