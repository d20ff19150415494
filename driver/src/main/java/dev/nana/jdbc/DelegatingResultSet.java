package dev.nana.jdbc;

// Generated once from the java.sql.ResultSet interface: plain delegation with error translation.
// Methods that return JDBC objects, take SQL text, close or unwrap are left to the subclass.
@SuppressWarnings({"deprecation", "removal"})
abstract class DelegatingResultSet implements java.sql.ResultSet {
    final java.sql.ResultSet rawResultSet;

    DelegatingResultSet(java.sql.ResultSet rawResultSet) {
        this.rawResultSet = rawResultSet;
    }

    @Override
    public boolean absolute(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.absolute(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void afterLast() throws java.sql.SQLException {
        try {
            rawResultSet.afterLast();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void beforeFirst() throws java.sql.SQLException {
        try {
            rawResultSet.beforeFirst();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void cancelRowUpdates() throws java.sql.SQLException {
        try {
            rawResultSet.cancelRowUpdates();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void clearWarnings() throws java.sql.SQLException {
        try {
            rawResultSet.clearWarnings();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void deleteRow() throws java.sql.SQLException {
        try {
            rawResultSet.deleteRow();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int findColumn(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.findColumn(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean first() throws java.sql.SQLException {
        try {
            return rawResultSet.first();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Array getArray(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getArray(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Array getArray(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getArray(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.io.InputStream getAsciiStream(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getAsciiStream(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.io.InputStream getAsciiStream(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getAsciiStream(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.math.BigDecimal getBigDecimal(String a0, int a1) throws java.sql.SQLException {
        try {
            return rawResultSet.getBigDecimal(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.math.BigDecimal getBigDecimal(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getBigDecimal(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.math.BigDecimal getBigDecimal(int a0, int a1) throws java.sql.SQLException {
        try {
            return rawResultSet.getBigDecimal(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.math.BigDecimal getBigDecimal(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getBigDecimal(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.io.InputStream getBinaryStream(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getBinaryStream(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.io.InputStream getBinaryStream(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getBinaryStream(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Blob getBlob(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getBlob(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Blob getBlob(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getBlob(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean getBoolean(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getBoolean(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean getBoolean(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getBoolean(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public byte getByte(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getByte(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public byte getByte(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getByte(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public byte[] getBytes(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getBytes(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public byte[] getBytes(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getBytes(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.io.Reader getCharacterStream(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getCharacterStream(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.io.Reader getCharacterStream(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getCharacterStream(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Clob getClob(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getClob(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Clob getClob(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getClob(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getConcurrency() throws java.sql.SQLException {
        try {
            return rawResultSet.getConcurrency();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public String getCursorName() throws java.sql.SQLException {
        try {
            return rawResultSet.getCursorName();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Date getDate(String a0, java.util.Calendar a1) throws java.sql.SQLException {
        try {
            return rawResultSet.getDate(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Date getDate(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getDate(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Date getDate(int a0, java.util.Calendar a1) throws java.sql.SQLException {
        try {
            return rawResultSet.getDate(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Date getDate(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getDate(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public double getDouble(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getDouble(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public double getDouble(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getDouble(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getFetchDirection() throws java.sql.SQLException {
        try {
            return rawResultSet.getFetchDirection();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getFetchSize() throws java.sql.SQLException {
        try {
            return rawResultSet.getFetchSize();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public float getFloat(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getFloat(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public float getFloat(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getFloat(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getHoldability() throws java.sql.SQLException {
        try {
            return rawResultSet.getHoldability();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getInt(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getInt(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getInt(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getInt(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public long getLong(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getLong(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public long getLong(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getLong(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSetMetaData getMetaData() throws java.sql.SQLException {
        try {
            return rawResultSet.getMetaData();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.io.Reader getNCharacterStream(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getNCharacterStream(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.io.Reader getNCharacterStream(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getNCharacterStream(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.NClob getNClob(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getNClob(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.NClob getNClob(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getNClob(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public String getNString(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getNString(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public String getNString(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getNString(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public <T> T getObject(String a0, Class<T> a1) throws java.sql.SQLException {
        try {
            return rawResultSet.getObject(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public Object getObject(String a0, java.util.Map<String, Class<?>> a1) throws java.sql.SQLException {
        try {
            return rawResultSet.getObject(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public Object getObject(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getObject(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public <T> T getObject(int a0, Class<T> a1) throws java.sql.SQLException {
        try {
            return rawResultSet.getObject(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public Object getObject(int a0, java.util.Map<String, Class<?>> a1) throws java.sql.SQLException {
        try {
            return rawResultSet.getObject(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public Object getObject(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getObject(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Ref getRef(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getRef(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Ref getRef(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getRef(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getRow() throws java.sql.SQLException {
        try {
            return rawResultSet.getRow();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.RowId getRowId(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getRowId(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.RowId getRowId(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getRowId(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.SQLXML getSQLXML(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getSQLXML(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.SQLXML getSQLXML(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getSQLXML(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public short getShort(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getShort(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public short getShort(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getShort(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public String getString(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getString(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public String getString(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getString(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Time getTime(String a0, java.util.Calendar a1) throws java.sql.SQLException {
        try {
            return rawResultSet.getTime(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Time getTime(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getTime(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Time getTime(int a0, java.util.Calendar a1) throws java.sql.SQLException {
        try {
            return rawResultSet.getTime(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Time getTime(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getTime(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Timestamp getTimestamp(String a0, java.util.Calendar a1) throws java.sql.SQLException {
        try {
            return rawResultSet.getTimestamp(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Timestamp getTimestamp(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getTimestamp(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Timestamp getTimestamp(int a0, java.util.Calendar a1) throws java.sql.SQLException {
        try {
            return rawResultSet.getTimestamp(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.Timestamp getTimestamp(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getTimestamp(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public int getType() throws java.sql.SQLException {
        try {
            return rawResultSet.getType();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.net.URL getURL(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getURL(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.net.URL getURL(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getURL(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.io.InputStream getUnicodeStream(String a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getUnicodeStream(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.io.InputStream getUnicodeStream(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.getUnicodeStream(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
        try {
            return rawResultSet.getWarnings();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void insertRow() throws java.sql.SQLException {
        try {
            rawResultSet.insertRow();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean isAfterLast() throws java.sql.SQLException {
        try {
            return rawResultSet.isAfterLast();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean isBeforeFirst() throws java.sql.SQLException {
        try {
            return rawResultSet.isBeforeFirst();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean isFirst() throws java.sql.SQLException {
        try {
            return rawResultSet.isFirst();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean isLast() throws java.sql.SQLException {
        try {
            return rawResultSet.isLast();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean last() throws java.sql.SQLException {
        try {
            return rawResultSet.last();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void moveToCurrentRow() throws java.sql.SQLException {
        try {
            rawResultSet.moveToCurrentRow();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void moveToInsertRow() throws java.sql.SQLException {
        try {
            rawResultSet.moveToInsertRow();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean next() throws java.sql.SQLException {
        try {
            return rawResultSet.next();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean previous() throws java.sql.SQLException {
        try {
            return rawResultSet.previous();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void refreshRow() throws java.sql.SQLException {
        try {
            rawResultSet.refreshRow();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean relative(int a0) throws java.sql.SQLException {
        try {
            return rawResultSet.relative(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean rowDeleted() throws java.sql.SQLException {
        try {
            return rawResultSet.rowDeleted();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean rowInserted() throws java.sql.SQLException {
        try {
            return rawResultSet.rowInserted();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean rowUpdated() throws java.sql.SQLException {
        try {
            return rawResultSet.rowUpdated();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setFetchDirection(int a0) throws java.sql.SQLException {
        try {
            rawResultSet.setFetchDirection(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void setFetchSize(int a0) throws java.sql.SQLException {
        try {
            rawResultSet.setFetchSize(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateArray(String a0, java.sql.Array a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateArray(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateArray(int a0, java.sql.Array a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateArray(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateAsciiStream(String a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateAsciiStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateAsciiStream(String a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateAsciiStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateAsciiStream(String a0, java.io.InputStream a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateAsciiStream(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateAsciiStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateAsciiStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateAsciiStream(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateAsciiStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateAsciiStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateAsciiStream(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBigDecimal(String a0, java.math.BigDecimal a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateBigDecimal(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBigDecimal(int a0, java.math.BigDecimal a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateBigDecimal(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBinaryStream(String a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateBinaryStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBinaryStream(String a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateBinaryStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBinaryStream(String a0, java.io.InputStream a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateBinaryStream(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBinaryStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateBinaryStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBinaryStream(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateBinaryStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBinaryStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateBinaryStream(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBlob(String a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateBlob(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBlob(String a0, java.io.InputStream a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateBlob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBlob(String a0, java.sql.Blob a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateBlob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBlob(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateBlob(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBlob(int a0, java.io.InputStream a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateBlob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBlob(int a0, java.sql.Blob a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateBlob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBoolean(String a0, boolean a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateBoolean(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBoolean(int a0, boolean a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateBoolean(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateByte(String a0, byte a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateByte(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateByte(int a0, byte a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateByte(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBytes(String a0, byte[] a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateBytes(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateBytes(int a0, byte[] a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateBytes(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateCharacterStream(String a0, java.io.Reader a1, int a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateCharacterStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateCharacterStream(String a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateCharacterStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateCharacterStream(String a0, java.io.Reader a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateCharacterStream(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateCharacterStream(int a0, java.io.Reader a1, int a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateCharacterStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateCharacterStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateCharacterStream(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateClob(String a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateClob(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateClob(String a0, java.io.Reader a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateClob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateClob(String a0, java.sql.Clob a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateClob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateClob(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateClob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateClob(int a0, java.sql.Clob a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateClob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateDate(String a0, java.sql.Date a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateDate(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateDate(int a0, java.sql.Date a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateDate(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateDouble(String a0, double a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateDouble(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateDouble(int a0, double a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateDouble(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateFloat(String a0, float a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateFloat(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateFloat(int a0, float a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateFloat(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateInt(String a0, int a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateInt(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateInt(int a0, int a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateInt(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateLong(String a0, long a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateLong(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateLong(int a0, long a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateLong(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNCharacterStream(String a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateNCharacterStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNCharacterStream(String a0, java.io.Reader a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateNCharacterStream(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateNCharacterStream(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateNCharacterStream(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNClob(String a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateNClob(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNClob(String a0, java.io.Reader a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateNClob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNClob(String a0, java.sql.NClob a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateNClob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateNClob(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateNClob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNClob(int a0, java.sql.NClob a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateNClob(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNString(String a0, String a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateNString(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNString(int a0, String a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateNString(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNull(String a0) throws java.sql.SQLException {
        try {
            rawResultSet.updateNull(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateNull(int a0) throws java.sql.SQLException {
        try {
            rawResultSet.updateNull(a0);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateObject(String a0, Object a1, int a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateObject(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateObject(String a0, Object a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateObject(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateObject(int a0, Object a1, int a2) throws java.sql.SQLException {
        try {
            rawResultSet.updateObject(a0, a1, a2);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateObject(int a0, Object a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateObject(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateRef(String a0, java.sql.Ref a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateRef(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateRef(int a0, java.sql.Ref a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateRef(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateRow() throws java.sql.SQLException {
        try {
            rawResultSet.updateRow();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateRowId(String a0, java.sql.RowId a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateRowId(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateRowId(int a0, java.sql.RowId a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateRowId(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateSQLXML(String a0, java.sql.SQLXML a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateSQLXML(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateSQLXML(int a0, java.sql.SQLXML a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateSQLXML(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateShort(String a0, short a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateShort(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateShort(int a0, short a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateShort(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateString(String a0, String a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateString(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateString(int a0, String a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateString(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateTime(String a0, java.sql.Time a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateTime(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateTime(int a0, java.sql.Time a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateTime(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateTimestamp(String a0, java.sql.Timestamp a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateTimestamp(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public void updateTimestamp(int a0, java.sql.Timestamp a1) throws java.sql.SQLException {
        try {
            rawResultSet.updateTimestamp(a0, a1);
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean wasNull() throws java.sql.SQLException {
        try {
            return rawResultSet.wasNull();
        } catch (java.sql.SQLException e) {
            throw SqlErrors.translate(e);
        }
    }
}
