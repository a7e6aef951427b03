package dev.roadmap.importer.application;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * The database cannot be reached just now: nothing was stored, and the same request may well succeed in a
 * moment, once the pool has a connection again. Every entry point answers it the same way ("try again"),
 * whichever layer the lost connection surfaced in: JPA, the transaction manager or the pool.
 */
public class DatabaseUnavailable extends ApplicationFailure {

    public static final String MESSAGE = "The database cannot be reached; nothing was lost. Try again in a moment.";

    /** How soon to try again: the pool finds the database back within a few seconds of its return. */
    public static final Duration TRY_AGAIN_AFTER = Duration.ofSeconds(5);

    /** SQLState class 08 is "connection exception" in the SQL standard; PostgreSQL and H2 both use it. */
    private static final String CONNECTION_EXCEPTION = "08";

    public DatabaseUnavailable(Throwable cause) {
        super(MESSAGE, cause);
    }

    /**
     * The failure, when {@code thrown} or one of its causes says the connection to the database was refused,
     * lost or could not be had from the pool; empty for any other fault (a bad statement is not an outage).
     */
    public static Optional<DatabaseUnavailable> in(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = thrown; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof DatabaseUnavailable already) {
                return Optional.of(already);
            }
            if (meansUnreachable(cause)) {
                return Optional.of(new DatabaseUnavailable(thrown));
            }
        }
        return Optional.empty();
    }

    private static boolean meansUnreachable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException) {
            return true;
        }
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_EXCEPTION);
    }
}
