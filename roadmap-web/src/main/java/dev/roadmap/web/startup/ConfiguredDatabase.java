package dev.roadmap.web.startup;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The driver's data source behind {@link RoadmapDataSource}'s pool, made from MicroProfile Config when the
 * pool first asks for a connection: the driver class that fits {@code ROADMAP_DB_URL} (H2 or PostgreSQL),
 * the URL and the credentials.
 * <p>
 * It exists so that one WAR binds the same way on every server. {@code @DataSourceDefinition} is read by
 * Payara, WildFly and Open Liberty alike, but each resolves variables in it its own way or not at all
 * (Payara's {@code ${MPCONFIG=…}} reached WildFly as a class name); a class name with no variable in it is
 * read the same everywhere, and the settings then come from the application's own configuration, by the same
 * keys on each server.
 */
public class ConfiguredDatabase implements DataSource {

    private volatile DataSource driver;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return driver().getConnection();
    }

    /** WildFly's pool asks with the annotation's user, none: then the configured credentials are used. */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return user == null || user.isEmpty() ? getConnection() : driver().getConnection(user, password);
    }

    private DataSource driver() throws SQLException {
        DataSource made = driver;
        if (made == null) {
            synchronized (this) {
                made = driver;
                if (made == null) {
                    made = driverFromConfig();
                    made.setLoginTimeout(loginTimeout);
                    driver = made;
                }
            }
        }
        return made;
    }

    /** H2's and PostgreSQL's data sources both take {@code setURL}, {@code setUser} and {@code setPassword}. */
    private static DataSource driverFromConfig() throws SQLException {
        ClassLoader application = applicationLoader();
        Config config = ConfigProvider.getConfig(application);
        String className = config.getValue(DatabaseSettings.DATASOURCE_CLASS, String.class);
        try {
            Class<?> type = Class.forName(className, true, application);
            Object dataSource = type.getConstructor().newInstance();
            for (String[] setting : new String[][] {
                    {"setURL", DatabaseSettings.URL}, {"setUser", DatabaseSettings.USER},
                    {"setPassword", DatabaseSettings.PASSWORD}}) {
                type.getMethod(setting[0], String.class).invoke(dataSource, config.getValue(setting[1], String.class));
            }
            return (DataSource) dataSource;
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            throw new SQLException("The data source " + className + " cannot be made: " + e, e);
        }
    }

    /**
     * The class loader that sees the WAR's settings and drivers. On Open Liberty this class comes from a
     * library, whose loader sees neither; the pool first asks for a connection on a thread of the application
     * (its start), whose context loader is the WAR's.
     */
    private static ClassLoader applicationLoader() {
        ClassLoader own = ConfiguredDatabase.class.getClassLoader();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context == null || seesSettings(own) ? own : context;
    }

    private static boolean seesSettings(ClassLoader loader) {
        return ConfigProvider.getConfig(loader).getOptionalValue(DatabaseSettings.DATASOURCE_CLASS, String.class)
                .isPresent();
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        loginTimeout = seconds;
        DataSource made = driver;
        if (made != null) {
            made.setLoginTimeout(seconds);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the driver logs through its own logger
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return driver().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || driver().isWrapperFor(type);
    }
}
