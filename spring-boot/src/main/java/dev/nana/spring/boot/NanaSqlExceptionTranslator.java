package dev.nana.spring.boot;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.jdbc.support.AbstractFallbackSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * Spring's default translation, except that a statement nana's policy refuses (SQLState 42501, a
 * {@code SQLSyntaxErrorException}) becomes a {@link PermissionDeniedDataAccessException} rather than a
 * {@code BadSqlGrammarException}: the SQL is well formed, the policy forbids it.
 */
public class NanaSqlExceptionTranslator extends AbstractFallbackSQLExceptionTranslator {
    /** SQL's "insufficient privilege", nana's policy denial (docs/errors.md). */
    static final String POLICY_DENIAL = "42501";

    public NanaSqlExceptionTranslator() {
        setFallbackTranslator(new SQLExceptionSubclassTranslator());
    }

    @Override
    protected DataAccessException doTranslate(String task, String sql, SQLException ex) {
        if (POLICY_DENIAL.equals(ex.getSQLState())) {
            return new PermissionDeniedDataAccessException(buildMessage(task, sql, ex), ex);
        }
        return null;
    }
}
