package dev.nana.jdbc;

// Generated once from the java.sql.Connection interface (parameter names from the JDK sources): plain delegation with
// error translation.
// Methods that return JDBC objects, take SQL text, close or unwrap are left to the subclass.
@SuppressWarnings({"deprecation", "removal"})
abstract class DelegatingConnection implements java.sql.Connection {
    final java.sql.Connection rawConnection;

    /** The backend's error translation, which every delegated call's failure passes. */
    final ErrorTranslator errors;

    DelegatingConnection(java.sql.Connection rawConnection, ErrorTranslator errors) {
        this.rawConnection = rawConnection;
        this.errors = errors;
    }

    @Override
    public void abort(java.util.concurrent.Executor executor) throws java.sql.SQLException {
        try {
            rawConnection.abort(executor);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void clearWarnings() throws java.sql.SQLException {
        try {
            rawConnection.clearWarnings();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void commit() throws java.sql.SQLException {
        try {
            rawConnection.commit();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Array createArrayOf(String typeName, Object[] elements) throws java.sql.SQLException {
        try {
            return rawConnection.createArrayOf(typeName, elements);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Blob createBlob() throws java.sql.SQLException {
        try {
            return rawConnection.createBlob();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Clob createClob() throws java.sql.SQLException {
        try {
            return rawConnection.createClob();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.NClob createNClob() throws java.sql.SQLException {
        try {
            return rawConnection.createNClob();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.SQLXML createSQLXML() throws java.sql.SQLException {
        try {
            return rawConnection.createSQLXML();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Struct createStruct(String typeName, Object[] attributes) throws java.sql.SQLException {
        try {
            return rawConnection.createStruct(typeName, attributes);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean getAutoCommit() throws java.sql.SQLException {
        try {
            return rawConnection.getAutoCommit();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getCatalog() throws java.sql.SQLException {
        try {
            return rawConnection.getCatalog();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.util.Properties getClientInfo() throws java.sql.SQLException {
        try {
            return rawConnection.getClientInfo();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getClientInfo(String name) throws java.sql.SQLException {
        try {
            return rawConnection.getClientInfo(name);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getHoldability() throws java.sql.SQLException {
        try {
            return rawConnection.getHoldability();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getNetworkTimeout() throws java.sql.SQLException {
        try {
            return rawConnection.getNetworkTimeout();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getSchema() throws java.sql.SQLException {
        try {
            return rawConnection.getSchema();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getTransactionIsolation() throws java.sql.SQLException {
        try {
            return rawConnection.getTransactionIsolation();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.util.Map<String, Class<?>> getTypeMap() throws java.sql.SQLException {
        try {
            return rawConnection.getTypeMap();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
        try {
            return rawConnection.getWarnings();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean isReadOnly() throws java.sql.SQLException {
        try {
            return rawConnection.isReadOnly();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean isValid(int timeout) throws java.sql.SQLException {
        try {
            return rawConnection.isValid(timeout);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void releaseSavepoint(java.sql.Savepoint savepoint) throws java.sql.SQLException {
        try {
            rawConnection.releaseSavepoint(savepoint);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void rollback() throws java.sql.SQLException {
        try {
            rawConnection.rollback();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void rollback(java.sql.Savepoint savepoint) throws java.sql.SQLException {
        try {
            rawConnection.rollback(savepoint);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setAutoCommit(boolean autoCommit) throws java.sql.SQLException {
        try {
            rawConnection.setAutoCommit(autoCommit);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setCatalog(String catalog) throws java.sql.SQLException {
        try {
            rawConnection.setCatalog(catalog);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setClientInfo(String name, String value) throws java.sql.SQLClientInfoException {
        rawConnection.setClientInfo(name, value);
    }

    @Override
    public void setClientInfo(java.util.Properties properties) throws java.sql.SQLClientInfoException {
        rawConnection.setClientInfo(properties);
    }

    @Override
    public void setHoldability(int holdability) throws java.sql.SQLException {
        try {
            rawConnection.setHoldability(holdability);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setNetworkTimeout(java.util.concurrent.Executor executor, int milliseconds) throws java.sql.SQLException {
        try {
            rawConnection.setNetworkTimeout(executor, milliseconds);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) throws java.sql.SQLException {
        try {
            rawConnection.setReadOnly(readOnly);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Savepoint setSavepoint() throws java.sql.SQLException {
        try {
            return rawConnection.setSavepoint();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Savepoint setSavepoint(String name) throws java.sql.SQLException {
        try {
            return rawConnection.setSavepoint(name);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setSchema(String schema) throws java.sql.SQLException {
        try {
            rawConnection.setSchema(schema);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setTransactionIsolation(int level) throws java.sql.SQLException {
        try {
            rawConnection.setTransactionIsolation(level);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setTypeMap(java.util.Map<String, Class<?>> map) throws java.sql.SQLException {
        try {
            rawConnection.setTypeMap(map);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }
}
