package dev.roadmap.web.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sets the security headers before Jakarta Security's own interceptors run: the login-to-continue
 * interceptor answers an anonymous request for {@code /admin/…} with a redirect before the mechanism's
 * code, and before any servlet filter, ever sees it.
 */
@WithSecurityHeaders
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class SecurityHeadersInterceptor {

    @AroundInvoke
    public Object addHeaders(InvocationContext invocation) throws Exception {
        for (Object parameter : invocation.getParameters()) {
            if (parameter instanceof HttpServletResponse response) {
                SecurityHeaders.addTo(response);
            }
        }
        return invocation.proceed();
    }
}
