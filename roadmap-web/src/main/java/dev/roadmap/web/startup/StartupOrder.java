package dev.roadmap.web.startup;

import jakarta.interceptor.Interceptor;

/**
 * The order of the start-up steps, as {@code @Priority} of their observers of
 * {@code @Initialized(ApplicationScoped.class)} (the lower first): the schema before anything uses the database,
 * then the work that needs it. They are CDI observers, not {@code @Startup} EJB singletons, so an application with
 * no EJB left needs no EJB container at all; and they run while the application starts, before its first request,
 * as the singletons did.
 */
public final class StartupOrder {

    public static final int MIGRATIONS = Interceptor.Priority.APPLICATION;
    public static final int FIRST_ADMINISTRATOR = MIGRATIONS + 10;
    public static final int EDITION_WATCH = MIGRATIONS + 20;
    public static final int IMPORT = MIGRATIONS + 30;
    /** The last step: whatever the others published is, from here on, only waiting to be rendered. */
    public static final int STARTED = MIGRATIONS + 40;

    private StartupOrder() {
    }
}
