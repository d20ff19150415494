package dev.nana.jdbc;

// Generated once from the java.sql.Statement interface: plain delegation with error translation.
// Methods that return JDBC objects, take SQL text, close or unwrap are left to the subclass.
@SuppressWarnings({"deprecation", "removal"})
abstract class DelegatingStatement implements java.sql.Statement {
    final java.sql.Statement rawStatement;

    DelegatingStatement(java.sql.Statement rawStatement) {
        this.rawStatement = rawStatement;
    }

    @Override
    public void cancel() throws java.sql.SQLException {
        try {
            rawStatement.cancel();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void clearBatch() throws java.sql.SQLException {
        try {
            rawStatement.clearBatch();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void clearWarnings() throws java.sql.SQLException {
        try {
            rawStatement.clearWarnings();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void closeOnCompletion() throws java.sql.SQLException {
        try {
            rawStatement.closeOnCompletion();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int[] executeBatch() throws java.sql.SQLException {
        try {
            return rawStatement.executeBatch();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getFetchDirection() throws java.sql.SQLException {
        try {
            return rawStatement.getFetchDirection();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getFetchSize() throws java.sql.SQLException {
        try {
            return rawStatement.getFetchSize();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getMaxFieldSize() throws java.sql.SQLException {
        try {
            return rawStatement.getMaxFieldSize();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getMaxRows() throws java.sql.SQLException {
        try {
            return rawStatement.getMaxRows();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean getMoreResults() throws java.sql.SQLException {
        try {
            return rawStatement.getMoreResults();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean getMoreResults(int a0) throws java.sql.SQLException {
        try {
            return rawStatement.getMoreResults(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getQueryTimeout() throws java.sql.SQLException {
        try {
            return rawStatement.getQueryTimeout();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getResultSetConcurrency() throws java.sql.SQLException {
        try {
            return rawStatement.getResultSetConcurrency();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getResultSetHoldability() throws java.sql.SQLException {
        try {
            return rawStatement.getResultSetHoldability();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getResultSetType() throws java.sql.SQLException {
        try {
            return rawStatement.getResultSetType();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getUpdateCount() throws java.sql.SQLException {
        try {
            return rawStatement.getUpdateCount();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
        try {
            return rawStatement.getWarnings();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean isCloseOnCompletion() throws java.sql.SQLException {
        try {
            return rawStatement.isCloseOnCompletion();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean isPoolable() throws java.sql.SQLException {
        try {
            return rawStatement.isPoolable();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setCursorName(String a0) throws java.sql.SQLException {
        try {
            rawStatement.setCursorName(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setEscapeProcessing(boolean a0) throws java.sql.SQLException {
        try {
            rawStatement.setEscapeProcessing(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setFetchDirection(int a0) throws java.sql.SQLException {
        try {
            rawStatement.setFetchDirection(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setFetchSize(int a0) throws java.sql.SQLException {
        try {
            rawStatement.setFetchSize(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setMaxFieldSize(int a0) throws java.sql.SQLException {
        try {
            rawStatement.setMaxFieldSize(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setMaxRows(int a0) throws java.sql.SQLException {
        try {
            rawStatement.setMaxRows(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setPoolable(boolean a0) throws java.sql.SQLException {
        try {
            rawStatement.setPoolable(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setQueryTimeout(int a0) throws java.sql.SQLException {
        try {
            rawStatement.setQueryTimeout(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }
}
