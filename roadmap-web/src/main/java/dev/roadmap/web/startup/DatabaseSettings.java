package dev.roadmap.web.startup;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The lowest-ranked source of the database settings: the embedded H2 default under {@code ./data}, and
 * the data source class that fits the URL in force, so that setting {@code ROADMAP_DB_URL} alone moves
 * the portal to PostgreSQL. Environment variables and system properties outrank everything here.
 */
public class DatabaseSettings implements ConfigSource {

    public static final String URL = "roadmap.db.url";
    public static final String USER = "roadmap.db.user";
    public static final String PASSWORD = "roadmap.db.password";
    public static final String DATASOURCE_CLASS = "roadmap.db.datasource-class";

    static final String H2_DATASOURCE = "org.h2.jdbcx.JdbcDataSource";
    static final String POSTGRESQL_DATASOURCE = "org.postgresql.ds.PGSimpleDataSource";

    /** Below microprofile-config.properties (100), environment (300) and system properties (400). */
    private static final int ORDINAL = 50;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(URL, USER, PASSWORD, DATASOURCE_CLASS);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case URL -> defaultUrl();
            case DATASOURCE_CLASS -> dataSourceClassFor(effective(URL, defaultUrl()));
            case USER -> isH2(effective(URL, defaultUrl())) ? "sa" : "postgres";
            // MicroProfile Config reads an empty value as absent, so the embedded default has a fixed one.
            case PASSWORD -> isH2(effective(URL, defaultUrl())) ? "roadmap" : "postgres";
            default -> null;
        };
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(URL, getValue(URL), USER, getValue(USER), PASSWORD, getValue(PASSWORD),
                DATASOURCE_CLASS, getValue(DATASOURCE_CLASS));
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "roadmap-database-defaults";
    }

    /** An H2 file database in {@code ./data}, resolved against the working directory at start. */
    static String defaultUrl() {
        return "jdbc:h2:file:" + Path.of("data", "roadmap").toAbsolutePath();
    }

    static String dataSourceClassFor(String url) {
        if (isH2(url)) {
            return H2_DATASOURCE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL_DATASOURCE;
        }
        throw new IllegalArgumentException("Unsupported database URL " + url
                + ": the portal runs on H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql:…).");
    }

    private static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /**
     * The value the higher-ranked sources give, read directly: a config source must not ask the Config it
     * belongs to. Same names as MicroProfile Config's own environment mapping.
     */
    private static String effective(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
