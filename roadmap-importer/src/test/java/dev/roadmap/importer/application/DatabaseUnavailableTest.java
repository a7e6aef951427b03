package dev.roadmap.importer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Which faults mean "the database cannot be reached": the ones a caller answers with "try again in a moment". */
class DatabaseUnavailableTest {

    private final AllOrNothing allOrNothing = new AllOrNothing(new InTransaction() {
        @Override
        public <T> T run(Supplier<T> work) {
            return work.get();
        }
    });

    @Test
    void aConnectionRefusedUnderJpasWrappersIsTheDatabaseUnavailable() {
        // what PostgreSQL's driver throws for a stopped server, as EclipseLink and the pool wrap it
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");
        RuntimeException thrown = new PersistenceException("Exception [EclipseLink-4002]", new SQLException("Error in allocating a connection", refused));

        assertThat(DatabaseUnavailable.in(thrown)).hasValueSatisfying(unavailable ->
                assertThat(unavailable).hasMessage(DatabaseUnavailable.MESSAGE).hasCause(thrown));
    }

    @Test
    void aConnectionClosedMeanwhileIsTheDatabaseUnavailable() {
        assertThat(DatabaseUnavailable.in(new IllegalStateException(new SQLException("This connection has been closed.", "08003"))))
                .isPresent();
    }

    @Test
    void aTransientConnectionFailureWithoutAStateIsTheDatabaseUnavailable() {
        assertThat(DatabaseUnavailable.in(new PersistenceException(new SQLTransientConnectionException("pool timed out"))))
                .isPresent();
    }

    @Test
    void aStatementTheDatabaseRefusedIsNoOutage() {
        assertThat(DatabaseUnavailable.in(new PersistenceException(new SQLException("syntax error at or near \"selct\"", "42601"))))
                .isEmpty();
    }

    @Test
    void aUseCaseThatLostTheDatabaseLeavesAsDatabaseUnavailable() {
        assertThatThrownBy(() -> allOrNothing.run("Someone changed it.", () -> {
            throw new PersistenceException(new SQLException("Connection refused", "08001"));
        })).isInstanceOf(DatabaseUnavailable.class).hasMessage(DatabaseUnavailable.MESSAGE);
    }
}
