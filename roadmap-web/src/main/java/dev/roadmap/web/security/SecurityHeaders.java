package dev.roadmap.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The security headers of every response, public or admin (mapped first in web.xml, so even cached pages
 * carry them). The pages need no inline script or style and no other host, except images that roadmaps
 * link to, so the policy can be strict. Where the public comes over HTTPS ({@link PublicOrigin}), browsers
 * are told to keep to it (HSTS) and the session cookie is {@code Secure}: behind a TLS proxy the container
 * itself only sees plain HTTP and would send the cookie without the flag.
 */
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https: data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Inject
    private PublicOrigin publicOrigin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean https = publicOrigin.isHttps(request);
        addTo(response, https);
        if (!https) {
            chain.doFilter(request, response);
            return;
        }
        // A session may have begun at sign-in, before any filter, or begin anywhere below.
        secureSessionCookie(response);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession(boolean create) {
                HttpSession session = super.getSession(create);
                secureSessionCookie(response);
                return session;
            }

            @Override
            public HttpSession getSession() {
                return getSession(true);
            }

            @Override
            public String changeSessionId() {
                String id = super.changeSessionId();
                secureSessionCookie(response);
                return id;
            }
        }, response);
        secureSessionCookie(response);
    }

    /** Sets the headers on a response; {@link SecurityHeadersInterceptor} does too, for the security layer's own answers. */
    public static void addTo(HttpServletResponse response, boolean https) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (https) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    /** Adds {@code Secure} to the session cookie the response sets, if it sets one and the response is not yet sent. */
    static void secureSessionCookie(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        boolean changed = false;
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            if (cookie.startsWith("JSESSIONID=") && !cookie.toLowerCase().contains("; secure")) {
                cookies.set(i, cookie + "; Secure");
                changed = true;
            }
        }
        if (changed) {
            response.setHeader("Set-Cookie", cookies.get(0));
            cookies.subList(1, cookies.size()).forEach(cookie -> response.addHeader("Set-Cookie", cookie));
        }
    }
}
