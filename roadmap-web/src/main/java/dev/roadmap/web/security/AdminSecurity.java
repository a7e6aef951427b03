package dev.roadmap.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login for the maintainer UI: an anonymous request for {@code /admin/…} is redirected to
 * {@code /login.xhtml} (web.xml says which addresses need which role), and back after signing in.
 */
@ApplicationScoped
@DeclareRoles({AdminSecurity.ADMIN, AdminSecurity.EDITOR})
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
public class AdminSecurity {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
}
