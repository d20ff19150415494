package dev.nana.jdbc;

// Generated once from the java.sql.Connection interface: plain delegation with error translation.
// Methods that return JDBC objects, take SQL text, close or unwrap are left to the subclass.
@SuppressWarnings({"deprecation", "removal"})
abstract class DelegatingConnection implements java.sql.Connection {
    final java.sql.Connection rawConnection;

    DelegatingConnection(java.sql.Connection rawConnection) {
        this.rawConnection = rawConnection;
    }

    @Override
    public void abort(java.util.concurrent.Executor a0) throws java.sql.SQLException {
        try {
            rawConnection.abort(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void clearWarnings() throws java.sql.SQLException {
        try {
            rawConnection.clearWarnings();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void commit() throws java.sql.SQLException {
        try {
            rawConnection.commit();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Array createArrayOf(String a0, Object[] a1) throws java.sql.SQLException {
        try {
            return rawConnection.createArrayOf(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Blob createBlob() throws java.sql.SQLException {
        try {
            return rawConnection.createBlob();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Clob createClob() throws java.sql.SQLException {
        try {
            return rawConnection.createClob();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.NClob createNClob() throws java.sql.SQLException {
        try {
            return rawConnection.createNClob();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.SQLXML createSQLXML() throws java.sql.SQLException {
        try {
            return rawConnection.createSQLXML();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Struct createStruct(String a0, Object[] a1) throws java.sql.SQLException {
        try {
            return rawConnection.createStruct(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean getAutoCommit() throws java.sql.SQLException {
        try {
            return rawConnection.getAutoCommit();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public String getCatalog() throws java.sql.SQLException {
        try {
            return rawConnection.getCatalog();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.util.Properties getClientInfo() throws java.sql.SQLException {
        try {
            return rawConnection.getClientInfo();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public String getClientInfo(String a0) throws java.sql.SQLException {
        try {
            return rawConnection.getClientInfo(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getHoldability() throws java.sql.SQLException {
        try {
            return rawConnection.getHoldability();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getNetworkTimeout() throws java.sql.SQLException {
        try {
            return rawConnection.getNetworkTimeout();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public String getSchema() throws java.sql.SQLException {
        try {
            return rawConnection.getSchema();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getTransactionIsolation() throws java.sql.SQLException {
        try {
            return rawConnection.getTransactionIsolation();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.util.Map<String, Class<?>> getTypeMap() throws java.sql.SQLException {
        try {
            return rawConnection.getTypeMap();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
        try {
            return rawConnection.getWarnings();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean isReadOnly() throws java.sql.SQLException {
        try {
            return rawConnection.isReadOnly();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean isValid(int a0) throws java.sql.SQLException {
        try {
            return rawConnection.isValid(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void releaseSavepoint(java.sql.Savepoint a0) throws java.sql.SQLException {
        try {
            rawConnection.releaseSavepoint(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void rollback() throws java.sql.SQLException {
        try {
            rawConnection.rollback();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void rollback(java.sql.Savepoint a0) throws java.sql.SQLException {
        try {
            rawConnection.rollback(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setAutoCommit(boolean a0) throws java.sql.SQLException {
        try {
            rawConnection.setAutoCommit(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setCatalog(String a0) throws java.sql.SQLException {
        try {
            rawConnection.setCatalog(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setClientInfo(String a0, String a1) throws java.sql.SQLClientInfoException {
        rawConnection.setClientInfo(a0, a1);
    }

    @Override
    public void setClientInfo(java.util.Properties a0) throws java.sql.SQLClientInfoException {
        rawConnection.setClientInfo(a0);
    }

    @Override
    public void setHoldability(int a0) throws java.sql.SQLException {
        try {
            rawConnection.setHoldability(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setNetworkTimeout(java.util.concurrent.Executor a0, int a1) throws java.sql.SQLException {
        try {
            rawConnection.setNetworkTimeout(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setReadOnly(boolean a0) throws java.sql.SQLException {
        try {
            rawConnection.setReadOnly(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Savepoint setSavepoint() throws java.sql.SQLException {
        try {
            return rawConnection.setSavepoint();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Savepoint setSavepoint(String a0) throws java.sql.SQLException {
        try {
            return rawConnection.setSavepoint(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setSchema(String a0) throws java.sql.SQLException {
        try {
            rawConnection.setSchema(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setTransactionIsolation(int a0) throws java.sql.SQLException {
        try {
            rawConnection.setTransactionIsolation(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setTypeMap(java.util.Map<String, Class<?>> a0) throws java.sql.SQLException {
        try {
            rawConnection.setTypeMap(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }
}
