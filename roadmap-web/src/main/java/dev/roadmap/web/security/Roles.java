package dev.roadmap.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the portal (web.xml says which addresses need which; {@link PortalAuthentication} says how
 * a caller signs in).
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMIN, Roles.EDITOR})
public class Roles {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
}
