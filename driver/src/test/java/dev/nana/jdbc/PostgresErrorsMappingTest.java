package dev.nana.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** PostgresErrors' table without a server: pgjdbc's exceptions as the server's states would make them. */
class PostgresErrorsMappingTest {
    private static SQLException translated(String state) {
        return PostgresErrors.INSTANCE.translate(new SQLException("from the server", state));
    }

    @Test
    void statesThatWouldEvictAHealthyConnectionAreRenamed() {
        assertInstanceOf(SQLSyntaxErrorException.class, translated("0A000"));
        assertEquals("42000", translated("0A000").getSQLState());
        assertEquals("22023", translated("08P01").getSQLState());
    }

    @Test
    void theServerEndingTheSessionIsALostConnection() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            assertInstanceOf(SQLNonTransientConnectionException.class, translated(state));
            assertEquals("08006", translated(state).getSQLState());
        }
    }

    @Test
    void losingToAnotherTransactionIsRetryable() {
        for (String state : new String[] {"40001", "40P01", "55P03"}) {
            assertInstanceOf(SQLTransientException.class, translated(state));
            assertEquals("40001", translated(state).getSQLState());
        }
    }

    @Test
    void pgjdbcsExceptionsBecomeTheStandardSubclasses() {
        SQLException e = PostgresErrors.INSTANCE.translate(new PSQLException("lost", PSQLState.CONNECTION_FAILURE));
        assertInstanceOf(SQLNonTransientConnectionException.class, e);
        assertEquals("08006", e.getSQLState());
    }

    @Test
    void pgjdbcsUnimplementedMethodsAreHyc00() {
        SQLException e = PostgresErrors.INSTANCE.translate(
                new SQLFeatureNotSupportedException("Method createStruct is not yet implemented.", "0A000"));
        assertEquals(SqlErrors.NOT_SUPPORTED, e.getSQLState());
    }

    @Test
    void translatingAgainChangesNothing() {
        SQLException once = translated("40P01");
        assertSame(once, PostgresErrors.INSTANCE.translate(once));
        SQLException nanas = SqlErrors.misuse("commit called in autocommit mode");
        assertSame(nanas, PostgresErrors.INSTANCE.translate(nanas));
    }
}
