package dev.roadmap.web.security;

/** The names of the portal's roles, as web.xml declares them and Jakarta Security reports them. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";

    private Roles() {
    }
}
