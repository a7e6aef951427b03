package dev.roadmap.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * With an HTTPS {@code ROADMAP_PUBLIC_URL}, the session cookie is {@code Secure} from the start, set where the
 * container makes it. {@link SecurityHeaders} adds the flag per response where only a trusted proxy says HTTPS.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    @Inject
    private PublicOrigin publicOrigin;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (publicOrigin.isConfiguredHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
