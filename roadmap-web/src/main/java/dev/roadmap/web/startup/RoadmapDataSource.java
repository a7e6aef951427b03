package dev.roadmap.web.startup;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source, {@code java:app/jdbc/roadmap}. Its class, URL and credentials come from
 * MicroProfile Config (see {@link DatabaseSettings}), so the same WAR runs on H2 or PostgreSQL.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/roadmap",
        className = "${MPCONFIG=roadmap.db.datasource-class}",
        url = "${MPCONFIG=roadmap.db.url}",
        user = "${MPCONFIG=roadmap.db.user}",
        password = "${MPCONFIG=roadmap.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32)
@ApplicationScoped
public class RoadmapDataSource {
}
