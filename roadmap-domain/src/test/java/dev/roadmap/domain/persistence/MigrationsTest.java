package dev.roadmap.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.domain.model.shared.Slug;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations build the schema on a real H2 and keep what was stored before them (PostgreSQL: RoadmapStorageTest, the web ITs). */
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

    @Test
    void itemsStoredBeforeHorizonsOrderedThemKeepTheirOrder() throws SQLException {
        String url = TestDatabase.freshH2();
        Flyway.configure().dataSource(url, "sa", "").target("7").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("insert into roadmap (id, slug, title, version, created_at, updated_at)"
                    + " values (1, 'old', 'Old', 1, current_timestamp, current_timestamp)");
            sql.execute("insert into horizon (id, roadmap_id, horizon_key, title, kind, position)"
                    + " values (2, 1, 'later', 'Later', 'LATER', 1), (3, 1, 'next', 'Next', 'NEXT', 0)");
            // Rows in another order than their positions, as edits over time leave them.
            sql.execute("insert into roadmap_item (id, roadmap_id, horizon_id, anchor, title, status, position) values"
                    + " (10, 1, 3, 'c', 'C', 'PLANNED', 2), (11, 1, 3, 'a', 'A', 'PLANNED', 0),"
                    + " (12, 1, 2, 'x', 'X', 'PLANNED', 0), (13, 1, 3, 'b', 'B', 'PLANNED', 1)");
        }

        try (TestDatabase database = TestDatabase.at(url)) {
            Roadmap old = database.inTransaction(em -> TestDatabase.roadmaps(em).findBySlug(Slug.of("old")).orElseThrow());

            assertThat(old.items()).extracting(i -> i.anchor().value()).containsExactly("a", "b", "c", "x");
            assertThat(old.itemsIn("next")).extracting(RoadmapItem::position).containsExactly(0, 1, 2);
        }
    }
}
