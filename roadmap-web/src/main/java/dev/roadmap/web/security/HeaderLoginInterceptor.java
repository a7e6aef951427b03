package dev.roadmap.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks a request's {@code Authorization} header before Jakarta Security's session interceptors see it
 * (they run at {@code PLATFORM_BEFORE + 200} and {@code + 220}). Otherwise {@code @AutoApplySession} would
 * let a session cookie stand in for the header without reading it, and would remember every header login
 * in a new session: each API call set a {@code JSESSIONID} cookie, even one answered 404.
 */
@HeaderLoginFirst
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class HeaderLoginInterceptor {

    @Inject
    private HeaderLogin headerLogin;

    @AroundInvoke
    public Object headerFirst(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        if (invocation.getMethod().getName().equals("validateRequest") && parameters.length == 3
                && parameters[0] instanceof HttpServletRequest request && parameters[1] instanceof HttpServletResponse response
                && parameters[2] instanceof HttpMessageContext context
                && context.getAuthParameters().getCredential() == null && HeaderLogin.isIn(request)) {
            return headerLogin.validate(request, response, context);
        }
        return invocation.proceed();
    }
}
