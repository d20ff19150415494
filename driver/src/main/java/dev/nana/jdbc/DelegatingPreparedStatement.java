package dev.nana.jdbc;

// Generated once from the java.sql.PreparedStatement interface: plain delegation with error translation.
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
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void clearParameters() throws java.sql.SQLException {
        try {
            rawPreparedStatement.clearParameters();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean execute() throws java.sql.SQLException {
        try {
            return rawPreparedStatement.execute();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int executeUpdate() throws java.sql.SQLException {
        try {
            return rawPreparedStatement.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSetMetaData getMetaData() throws java.sql.SQLException {
        try {
            return rawPreparedStatement.getMetaData();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.ParameterMetaData getParameterMetaData() throws java.sql.SQLException {
        try {
            return rawPreparedStatement.getParameterMetaData();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setArray(int a0, java.sql.Array a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setArray(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setAsciiStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setAsciiStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setAsciiStream(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setAsciiStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setAsciiStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setAsciiStream(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setBigDecimal(int a0, java.math.BigDecimal a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBigDecimal(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setBinaryStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBinaryStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setBinaryStream(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBinaryStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setBinaryStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBinaryStream(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setBlob(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBlob(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setBlob(int a0, java.io.InputStream a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBlob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setBlob(int a0, java.sql.Blob a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBlob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setBoolean(int a0, boolean a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBoolean(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setByte(int a0, byte a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setByte(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setBytes(int a0, byte[] a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setBytes(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setCharacterStream(int a0, java.io.Reader a1, int a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setCharacterStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setCharacterStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setCharacterStream(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setClob(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setClob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setClob(int a0, java.sql.Clob a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setClob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setDate(int a0, java.sql.Date a1, java.util.Calendar a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setDate(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setDate(int a0, java.sql.Date a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setDate(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setDouble(int a0, double a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setDouble(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setFloat(int a0, float a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setFloat(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setInt(int a0, int a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setInt(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setLong(int a0, long a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setLong(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setNCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNCharacterStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setNCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNCharacterStream(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setNClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNClob(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setNClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNClob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setNClob(int a0, java.sql.NClob a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNClob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setNString(int a0, String a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNString(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setNull(int a0, int a1, String a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNull(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setNull(int a0, int a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setNull(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setObject(int a0, Object a1, int a2, int a3) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setObject(a0, a1, a2, a3);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setObject(int a0, Object a1, int a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setObject(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setObject(int a0, Object a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setObject(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setRef(int a0, java.sql.Ref a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setRef(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setRowId(int a0, java.sql.RowId a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setRowId(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setSQLXML(int a0, java.sql.SQLXML a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setSQLXML(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setShort(int a0, short a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setShort(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setString(int a0, String a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setString(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setTime(int a0, java.sql.Time a1, java.util.Calendar a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setTime(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setTime(int a0, java.sql.Time a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setTime(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setTimestamp(int a0, java.sql.Timestamp a1, java.util.Calendar a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setTimestamp(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setTimestamp(int a0, java.sql.Timestamp a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setTimestamp(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setURL(int a0, java.net.URL a1) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setURL(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setUnicodeStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        try {
            rawPreparedStatement.setUnicodeStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }
}
