package dev.roadmap.web.startup;

import dev.roadmap.domain.persistence.DatabaseStartupFailure;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs. Flyway manages its own transactions, hence
 * no transaction around it here. A schema that cannot be migrated stops the start, reported in one line.
 * <p>
 * The empty {@code db/migration/flyway.location} beside the migrations (in roadmap-domain) is how Flyway finds
 * the folder on Open Liberty, whose class loader does not list a folder of a jar.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:app/jdbc/roadmap")
    private DataSource dataSource;

    void migrate(@Observes @Priority(StartupOrder.MIGRATIONS) @Initialized(ApplicationScoped.class) Object start) {
        try {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info(() -> "Database " + DatabaseStartupFailure.configuredUrl() + " is at schema version "
                    + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion)
                    + " (" + result.migrationsExecuted + " migration(s) applied now).");
        } catch (RuntimeException e) {
            throw DatabaseStartupFailure.report(e);
        }
    }
}
