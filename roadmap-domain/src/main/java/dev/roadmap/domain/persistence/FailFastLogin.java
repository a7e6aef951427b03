package dev.roadmap.domain.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;

/**
 * Tries the database once before EclipseLink logs in. The server builds the persistence unit while it
 * deploys the application, before any start-up bean runs, so this is the first moment an unreachable
 * database can be reported plainly (see {@link DatabaseStartupFailure}).
 * <p>
 * It also leaves a lost connection to the pool, which validates what it lends and replaces a dead pool
 * whole: EclipseLink's own retry of a query after a communication failure (three more tries, five seconds
 * apart) only made every request wait 10 s while the database was away, and then fail anyway.
 */
public class FailFastLogin implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (!(session.getDatasourceLogin() instanceof DatasourceLogin login)
                || !(login.getConnector() instanceof JNDIConnector connector)) {
            return;
        }
        if (login instanceof DatabaseLogin database) {
            database.setQueryRetryAttemptCount(0);
            database.setDelayBetweenConnectionAttempts(0);
        }
        try (Connection ignored = dataSource(connector).getConnection()) {
            // reachable
        } catch (SQLException | NamingException | RuntimeException e) {
            throw DatabaseStartupFailure.report(e);
        }
    }

    private static DataSource dataSource(JNDIConnector connector) throws NamingException {
        DataSource dataSource = connector.getDataSource();
        return dataSource != null ? dataSource : (DataSource) new InitialContext().lookup(connector.getName());
    }
}
