package dev.roadmap.web.startup;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source, {@code java:app/jdbc/roadmap}: the server's pool around
 * {@link ConfiguredDatabase}, whose driver, URL and credentials come from MicroProfile Config (see
 * {@link DatabaseSettings}), so the same WAR runs on H2 or PostgreSQL, on Payara, WildFly and Open Liberty.
 * <p>
 * The pool must survive the database going away and coming back: without validation it kept handing out
 * connections the server had closed, and every request failed until a restart. So each connection is
 * checked before it is lent (a metadata call, which every driver answers), and the first one found dead
 * throws the whole pool away, since after an outage all of them are. A request waits at most a few seconds
 * for a connection ({@code max-wait-time-in-millis}, not the default minute) or a login to a server that
 * takes connections but does not answer ({@code loginTimeout}; the driver's default is to wait for ever):
 * the caller answers "try again" instead of hanging. A login takes milliseconds, but at a cold start on a
 * busy 2-core machine 1 s was too short for the first one, so 3. The {@code fish.payara} properties are
 * Payara's pool settings; WildFly logs a warning for each (WFLYJCA0016: no such setter) and goes on.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/roadmap",
        className = "dev.roadmap.web.startup.ConfiguredDatabase",
        minPoolSize = 1,
        maxPoolSize = 32,
        loginTimeout = 3,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=3000"
        })
@ApplicationScoped
public class RoadmapDataSource {
}
