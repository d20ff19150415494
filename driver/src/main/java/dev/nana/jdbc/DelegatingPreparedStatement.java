package dev.nana.jdbc;

// Generated once from the java.sql.PreparedStatement interface (parameter names from the JDK sources): plain delegation with
// error translation.
// Methods that return JDBC objects, take SQL text, close or unwrap are left to the subclass.
@SuppressWarnings({"deprecation", "removal"})
abstract class DelegatingPreparedStatement extends NanaStatement implements java.sql.PreparedStatement {
    final java.sql.PreparedStatement rawPreparedStatement;

    DelegatingPreparedStatement(NanaConnection connection, java.sql.PreparedStatement rawPreparedStatement) {
        super(connection, rawPreparedStatement);
        this.rawPreparedStatement = rawPreparedStatement;
    }

    @Override
    public void addBatch() throws java.sql.SQLException {
        try {
            rawPreparedStatement.addBatch();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void clearParameters() throws java.sql.SQLException {
        try {
            rawPreparedStatement.clearParameters();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean execute() throws java.sql.SQLException {
        try {
            return rawPreparedStatement.execute();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int executeUpdate() throws java.sql.SQLException {
        try {
            return rawPreparedStatement.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSetMetaData getMetaData() throws java.sql.SQLException {
        try {
            return rawPreparedStatement.getMetaData();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ParameterMetaData getParameterMetaData() throws java.sql.SQLException {
        try {
            return rawPreparedStatement.getParameterMetaData();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setArray(int parameterIndex, java.sql.Array x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setArray(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setAsciiStream(int parameterIndex, java.io.InputStream x, int length) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setAsciiStream(parameterIndex, x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setAsciiStream(int parameterIndex, java.io.InputStream x, long length) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setAsciiStream(parameterIndex, x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setAsciiStream(int parameterIndex, java.io.InputStream x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setAsciiStream(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setBigDecimal(int parameterIndex, java.math.BigDecimal x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBigDecimal(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setBinaryStream(int parameterIndex, java.io.InputStream x, int length) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBinaryStream(parameterIndex, x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setBinaryStream(int parameterIndex, java.io.InputStream x, long length) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBinaryStream(parameterIndex, x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setBinaryStream(int parameterIndex, java.io.InputStream x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBinaryStream(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setBlob(int parameterIndex, java.io.InputStream inputStream, long length) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBlob(parameterIndex, inputStream, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setBlob(int parameterIndex, java.io.InputStream inputStream) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBlob(parameterIndex, inputStream);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setBlob(int parameterIndex, java.sql.Blob x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBlob(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBoolean(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setByte(int parameterIndex, byte x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setByte(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setBytes(int parameterIndex, byte[] x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBytes(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setCharacterStream(int parameterIndex, java.io.Reader reader, int length) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setCharacterStream(parameterIndex, reader, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setCharacterStream(int parameterIndex, java.io.Reader reader, long length) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setCharacterStream(parameterIndex, reader, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setCharacterStream(int parameterIndex, java.io.Reader reader) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setCharacterStream(parameterIndex, reader);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setClob(int parameterIndex, java.io.Reader reader, long length) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setClob(parameterIndex, reader, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setClob(int parameterIndex, java.io.Reader reader) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setClob(parameterIndex, reader);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setClob(int parameterIndex, java.sql.Clob x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setClob(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setDate(int parameterIndex, java.sql.Date x, java.util.Calendar cal) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setDate(parameterIndex, x, cal);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setDate(int parameterIndex, java.sql.Date x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setDate(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setDouble(int parameterIndex, double x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setDouble(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setFloat(int parameterIndex, float x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setFloat(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setInt(int parameterIndex, int x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setInt(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setLong(int parameterIndex, long x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setLong(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setNCharacterStream(int parameterIndex, java.io.Reader value, long length) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNCharacterStream(parameterIndex, value, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setNCharacterStream(int parameterIndex, java.io.Reader value) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNCharacterStream(parameterIndex, value);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setNClob(int parameterIndex, java.io.Reader reader, long length) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNClob(parameterIndex, reader, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setNClob(int parameterIndex, java.io.Reader reader) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNClob(parameterIndex, reader);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setNClob(int parameterIndex, java.sql.NClob value) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNClob(parameterIndex, value);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setNString(int parameterIndex, String value) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNString(parameterIndex, value);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNull(parameterIndex, sqlType, typeName);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setNull(int parameterIndex, int sqlType) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNull(parameterIndex, sqlType);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setObject(parameterIndex, x, targetSqlType, scaleOrLength);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setObject(parameterIndex, x, targetSqlType);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setObject(int parameterIndex, Object x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setObject(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setRef(int parameterIndex, java.sql.Ref x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setRef(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setRowId(int parameterIndex, java.sql.RowId x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setRowId(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setSQLXML(int parameterIndex, java.sql.SQLXML xmlObject) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setSQLXML(parameterIndex, xmlObject);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setShort(int parameterIndex, short x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setShort(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setString(int parameterIndex, String x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setString(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setTime(int parameterIndex, java.sql.Time x, java.util.Calendar cal) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setTime(parameterIndex, x, cal);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setTime(int parameterIndex, java.sql.Time x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setTime(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setTimestamp(int parameterIndex, java.sql.Timestamp x, java.util.Calendar cal) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setTimestamp(parameterIndex, x, cal);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setTimestamp(int parameterIndex, java.sql.Timestamp x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setTimestamp(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setURL(int parameterIndex, java.net.URL x) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setURL(parameterIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setUnicodeStream(int parameterIndex, java.io.InputStream x, int length) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setUnicodeStream(parameterIndex, x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }
}
