package dev.nana.jdbc;

// Generated once from the java.sql.Statement interface (parameter names from the JDK sources): plain delegation with
// error translation.
// Methods that return JDBC objects, take SQL text, close or unwrap are left to the subclass.
@SuppressWarnings({"deprecation", "removal"})
abstract class DelegatingStatement implements java.sql.Statement {
    final java.sql.Statement rawStatement;

    /** The backend's error translation, which every delegated call's failure passes. */
    final ErrorTranslator errors;

    DelegatingStatement(java.sql.Statement rawStatement, ErrorTranslator errors) {
        this.rawStatement = rawStatement;
        this.errors = errors;
    }

    @Override
    public void cancel() throws java.sql.SQLException {
        try {
            rawStatement.cancel();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void clearBatch() throws java.sql.SQLException {
        try {
            rawStatement.clearBatch();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void clearWarnings() throws java.sql.SQLException {
        try {
            rawStatement.clearWarnings();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void closeOnCompletion() throws java.sql.SQLException {
        try {
            rawStatement.closeOnCompletion();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int[] executeBatch() throws java.sql.SQLException {
        try {
            return rawStatement.executeBatch();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getFetchDirection() throws java.sql.SQLException {
        try {
            return rawStatement.getFetchDirection();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getFetchSize() throws java.sql.SQLException {
        try {
            return rawStatement.getFetchSize();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxFieldSize() throws java.sql.SQLException {
        try {
            return rawStatement.getMaxFieldSize();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxRows() throws java.sql.SQLException {
        try {
            return rawStatement.getMaxRows();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean getMoreResults() throws java.sql.SQLException {
        try {
            return rawStatement.getMoreResults();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean getMoreResults(int current) throws java.sql.SQLException {
        try {
            return rawStatement.getMoreResults(current);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getQueryTimeout() throws java.sql.SQLException {
        try {
            return rawStatement.getQueryTimeout();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getResultSetConcurrency() throws java.sql.SQLException {
        try {
            return rawStatement.getResultSetConcurrency();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getResultSetHoldability() throws java.sql.SQLException {
        try {
            return rawStatement.getResultSetHoldability();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getResultSetType() throws java.sql.SQLException {
        try {
            return rawStatement.getResultSetType();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getUpdateCount() throws java.sql.SQLException {
        try {
            return rawStatement.getUpdateCount();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
        try {
            return rawStatement.getWarnings();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean isCloseOnCompletion() throws java.sql.SQLException {
        try {
            return rawStatement.isCloseOnCompletion();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean isPoolable() throws java.sql.SQLException {
        try {
            return rawStatement.isPoolable();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setCursorName(String name) throws java.sql.SQLException {
        try {
            rawStatement.setCursorName(name);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws java.sql.SQLException {
        try {
            rawStatement.setEscapeProcessing(enable);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setFetchDirection(int direction) throws java.sql.SQLException {
        try {
            rawStatement.setFetchDirection(direction);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setFetchSize(int rows) throws java.sql.SQLException {
        try {
            rawStatement.setFetchSize(rows);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setMaxFieldSize(int max) throws java.sql.SQLException {
        try {
            rawStatement.setMaxFieldSize(max);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setMaxRows(int max) throws java.sql.SQLException {
        try {
            rawStatement.setMaxRows(max);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setPoolable(boolean poolable) throws java.sql.SQLException {
        try {
            rawStatement.setPoolable(poolable);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setQueryTimeout(int seconds) throws java.sql.SQLException {
        try {
            rawStatement.setQueryTimeout(seconds);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }
}
