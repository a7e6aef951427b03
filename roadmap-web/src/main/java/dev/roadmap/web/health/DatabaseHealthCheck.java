package dev.roadmap.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The portal is ready only while its database answers. The answer names neither the database product nor
 * the driver's message (which names the product, host and port): {@code /health} is public, and that would
 * only help an attacker. The pool logs why a connection failed.
 * <p>
 * The check is made when the application starts, so its data source is looked up on a thread of the
 * application: WildFly calls health checks on its management thread, where {@code java:app} names nothing.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/roadmap")
    private DataSource dataSource;

    /** Makes the check, and so looks up its data source, while the application starts. */
    void lookUpAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        dataSource.getClass();
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(TIMEOUT_SECONDS)).build();
        } catch (SQLException unreachable) {
            return HealthCheckResponse.named("database").down().withData("error", "The database cannot be reached.").build();
        }
    }
}
