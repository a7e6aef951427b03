package dev.roadmap.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/roadmap")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(TIMEOUT_SECONDS)).build();
        } catch (SQLException unreachable) {
            return HealthCheckResponse.named("database").down().withData("error", "The database cannot be reached.").build();
        }
    }
}
