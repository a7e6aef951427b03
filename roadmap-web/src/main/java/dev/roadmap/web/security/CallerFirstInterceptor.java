package dev.roadmap.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Checks a request's {@code Authorization} header before anything else the mechanism does, so that a session cookie
 * never stands in for the header, and without one, signs in the caller the session remembers ({@link SignedInCaller}).
 * Both must come before Jakarta Security's {@code @LoginToContinue} interceptor ({@code PLATFORM_BEFORE + 220}),
 * which sends a request for a protected address to the login page without asking the mechanism. (The portal used
 * {@code @AutoApplySession} for the session, at {@code + 200}: it remembered every header login in a new session,
 * and after a move to another node of a cluster it knew the user name but not the roles.)
 */
@CallerFirst
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class CallerFirstInterceptor {

    @Inject
    private HeaderLogin headerLogin;

    @AroundInvoke
    public Object headerFirst(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        if (invocation.getMethod().getName().equals("validateRequest") && parameters.length == 3
                && parameters[0] instanceof HttpServletRequest request && parameters[1] instanceof HttpServletResponse response
                && parameters[2] instanceof HttpMessageContext context
                && context.getAuthParameters().getCredential() == null) {
            if (HeaderLogin.isIn(request)) {
                return headerLogin.validate(request, response, context);
            }
            Optional<SignedInCaller> caller = SignedInCaller.of(request);
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
            }
        }
        return invocation.proceed();
    }
}
