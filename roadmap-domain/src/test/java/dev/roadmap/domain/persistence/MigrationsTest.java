package dev.roadmap.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations build the schema on a real H2 (PostgreSQL is covered by the web module's ITs). */
class MigrationsTest {

    private static final String URL = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";

    @Test
    void theMigrationsCreateEveryTableOnH2() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").load().migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            var names = new java.util.ArrayList<String>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase());
            }
            assertThat(names).contains("roadmap", "horizon", "roadmap_item", "item_alias", "item_tag", "section",
                    "edition");
        }
    }
}
