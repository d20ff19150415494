package dev.nana.jdbc;

// Generated once from the java.sql.ResultSet interface (parameter names from the JDK sources): plain delegation with
// error translation; a method taking a column label finds the column (findColumn, which a subclass may answer with
// labels of its own) and calls the method taking its index.
// Methods that return JDBC objects, take SQL text, close or unwrap are left to the subclass.
@SuppressWarnings({"deprecation", "removal"})
abstract class DelegatingResultSet implements java.sql.ResultSet {
    final java.sql.ResultSet rawResultSet;

    /** The backend's error translation, which every delegated call's failure passes. */
    final ErrorTranslator errors;

    DelegatingResultSet(java.sql.ResultSet rawResultSet, ErrorTranslator errors) {
        this.rawResultSet = rawResultSet;
        this.errors = errors;
    }

    @Override
    public boolean absolute(int row) throws java.sql.SQLException {
        try {
            return rawResultSet.absolute(row);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void afterLast() throws java.sql.SQLException {
        try {
            rawResultSet.afterLast();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void beforeFirst() throws java.sql.SQLException {
        try {
            rawResultSet.beforeFirst();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void cancelRowUpdates() throws java.sql.SQLException {
        try {
            rawResultSet.cancelRowUpdates();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void clearWarnings() throws java.sql.SQLException {
        try {
            rawResultSet.clearWarnings();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void deleteRow() throws java.sql.SQLException {
        try {
            rawResultSet.deleteRow();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int findColumn(String columnLabel) throws java.sql.SQLException {
        try {
            return rawResultSet.findColumn(columnLabel);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean first() throws java.sql.SQLException {
        try {
            return rawResultSet.first();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Array getArray(String columnLabel) throws java.sql.SQLException {
        try {
            return getArray(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Array getArray(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getArray(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.io.InputStream getAsciiStream(String columnLabel) throws java.sql.SQLException {
        try {
            return getAsciiStream(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.io.InputStream getAsciiStream(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getAsciiStream(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.math.BigDecimal getBigDecimal(String columnLabel, int scale) throws java.sql.SQLException {
        try {
            return getBigDecimal(findColumn(columnLabel), scale);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.math.BigDecimal getBigDecimal(String columnLabel) throws java.sql.SQLException {
        try {
            return getBigDecimal(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.math.BigDecimal getBigDecimal(int columnIndex, int scale) throws java.sql.SQLException {
        try {
            return rawResultSet.getBigDecimal(columnIndex, scale);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.math.BigDecimal getBigDecimal(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getBigDecimal(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.io.InputStream getBinaryStream(String columnLabel) throws java.sql.SQLException {
        try {
            return getBinaryStream(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.io.InputStream getBinaryStream(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getBinaryStream(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Blob getBlob(String columnLabel) throws java.sql.SQLException {
        try {
            return getBlob(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Blob getBlob(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getBlob(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean getBoolean(String columnLabel) throws java.sql.SQLException {
        try {
            return getBoolean(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean getBoolean(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getBoolean(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public byte getByte(String columnLabel) throws java.sql.SQLException {
        try {
            return getByte(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public byte getByte(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getByte(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public byte[] getBytes(String columnLabel) throws java.sql.SQLException {
        try {
            return getBytes(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public byte[] getBytes(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getBytes(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.io.Reader getCharacterStream(String columnLabel) throws java.sql.SQLException {
        try {
            return getCharacterStream(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.io.Reader getCharacterStream(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getCharacterStream(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Clob getClob(String columnLabel) throws java.sql.SQLException {
        try {
            return getClob(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Clob getClob(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getClob(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getConcurrency() throws java.sql.SQLException {
        try {
            return rawResultSet.getConcurrency();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getCursorName() throws java.sql.SQLException {
        try {
            return rawResultSet.getCursorName();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Date getDate(String columnLabel, java.util.Calendar cal) throws java.sql.SQLException {
        try {
            return getDate(findColumn(columnLabel), cal);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Date getDate(String columnLabel) throws java.sql.SQLException {
        try {
            return getDate(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Date getDate(int columnIndex, java.util.Calendar cal) throws java.sql.SQLException {
        try {
            return rawResultSet.getDate(columnIndex, cal);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Date getDate(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getDate(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public double getDouble(String columnLabel) throws java.sql.SQLException {
        try {
            return getDouble(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public double getDouble(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getDouble(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getFetchDirection() throws java.sql.SQLException {
        try {
            return rawResultSet.getFetchDirection();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getFetchSize() throws java.sql.SQLException {
        try {
            return rawResultSet.getFetchSize();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public float getFloat(String columnLabel) throws java.sql.SQLException {
        try {
            return getFloat(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public float getFloat(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getFloat(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getHoldability() throws java.sql.SQLException {
        try {
            return rawResultSet.getHoldability();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getInt(String columnLabel) throws java.sql.SQLException {
        try {
            return getInt(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getInt(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getInt(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public long getLong(String columnLabel) throws java.sql.SQLException {
        try {
            return getLong(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public long getLong(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getLong(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSetMetaData getMetaData() throws java.sql.SQLException {
        try {
            return rawResultSet.getMetaData();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.io.Reader getNCharacterStream(String columnLabel) throws java.sql.SQLException {
        try {
            return getNCharacterStream(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.io.Reader getNCharacterStream(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getNCharacterStream(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.NClob getNClob(String columnLabel) throws java.sql.SQLException {
        try {
            return getNClob(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.NClob getNClob(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getNClob(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getNString(String columnLabel) throws java.sql.SQLException {
        try {
            return getNString(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getNString(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getNString(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws java.sql.SQLException {
        try {
            return getObject(findColumn(columnLabel), type);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public Object getObject(String columnLabel, java.util.Map<String, Class<?>> map) throws java.sql.SQLException {
        try {
            return getObject(findColumn(columnLabel), map);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public Object getObject(String columnLabel) throws java.sql.SQLException {
        try {
            return getObject(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws java.sql.SQLException {
        try {
            return rawResultSet.getObject(columnIndex, type);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public Object getObject(int columnIndex, java.util.Map<String, Class<?>> map) throws java.sql.SQLException {
        try {
            return rawResultSet.getObject(columnIndex, map);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public Object getObject(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getObject(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Ref getRef(String columnLabel) throws java.sql.SQLException {
        try {
            return getRef(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Ref getRef(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getRef(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getRow() throws java.sql.SQLException {
        try {
            return rawResultSet.getRow();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.RowId getRowId(String columnLabel) throws java.sql.SQLException {
        try {
            return getRowId(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.RowId getRowId(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getRowId(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.SQLXML getSQLXML(String columnLabel) throws java.sql.SQLException {
        try {
            return getSQLXML(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.SQLXML getSQLXML(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getSQLXML(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public short getShort(String columnLabel) throws java.sql.SQLException {
        try {
            return getShort(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public short getShort(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getShort(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getString(String columnLabel) throws java.sql.SQLException {
        try {
            return getString(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getString(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getString(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Time getTime(String columnLabel, java.util.Calendar cal) throws java.sql.SQLException {
        try {
            return getTime(findColumn(columnLabel), cal);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Time getTime(String columnLabel) throws java.sql.SQLException {
        try {
            return getTime(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Time getTime(int columnIndex, java.util.Calendar cal) throws java.sql.SQLException {
        try {
            return rawResultSet.getTime(columnIndex, cal);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Time getTime(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getTime(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Timestamp getTimestamp(String columnLabel, java.util.Calendar cal) throws java.sql.SQLException {
        try {
            return getTimestamp(findColumn(columnLabel), cal);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Timestamp getTimestamp(String columnLabel) throws java.sql.SQLException {
        try {
            return getTimestamp(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Timestamp getTimestamp(int columnIndex, java.util.Calendar cal) throws java.sql.SQLException {
        try {
            return rawResultSet.getTimestamp(columnIndex, cal);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.Timestamp getTimestamp(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getTimestamp(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getType() throws java.sql.SQLException {
        try {
            return rawResultSet.getType();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.net.URL getURL(String columnLabel) throws java.sql.SQLException {
        try {
            return getURL(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.net.URL getURL(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getURL(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.io.InputStream getUnicodeStream(String columnLabel) throws java.sql.SQLException {
        try {
            return getUnicodeStream(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.io.InputStream getUnicodeStream(int columnIndex) throws java.sql.SQLException {
        try {
            return rawResultSet.getUnicodeStream(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
        try {
            return rawResultSet.getWarnings();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void insertRow() throws java.sql.SQLException {
        try {
            rawResultSet.insertRow();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean isAfterLast() throws java.sql.SQLException {
        try {
            return rawResultSet.isAfterLast();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean isBeforeFirst() throws java.sql.SQLException {
        try {
            return rawResultSet.isBeforeFirst();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean isFirst() throws java.sql.SQLException {
        try {
            return rawResultSet.isFirst();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean isLast() throws java.sql.SQLException {
        try {
            return rawResultSet.isLast();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean last() throws java.sql.SQLException {
        try {
            return rawResultSet.last();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void moveToCurrentRow() throws java.sql.SQLException {
        try {
            rawResultSet.moveToCurrentRow();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void moveToInsertRow() throws java.sql.SQLException {
        try {
            rawResultSet.moveToInsertRow();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean next() throws java.sql.SQLException {
        try {
            return rawResultSet.next();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean previous() throws java.sql.SQLException {
        try {
            return rawResultSet.previous();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void refreshRow() throws java.sql.SQLException {
        try {
            rawResultSet.refreshRow();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean relative(int rows) throws java.sql.SQLException {
        try {
            return rawResultSet.relative(rows);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean rowDeleted() throws java.sql.SQLException {
        try {
            return rawResultSet.rowDeleted();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean rowInserted() throws java.sql.SQLException {
        try {
            return rawResultSet.rowInserted();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean rowUpdated() throws java.sql.SQLException {
        try {
            return rawResultSet.rowUpdated();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setFetchDirection(int direction) throws java.sql.SQLException {
        try {
            rawResultSet.setFetchDirection(direction);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void setFetchSize(int rows) throws java.sql.SQLException {
        try {
            rawResultSet.setFetchSize(rows);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateArray(String columnLabel, java.sql.Array x) throws java.sql.SQLException {
        try {
            updateArray(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateArray(int columnIndex, java.sql.Array x) throws java.sql.SQLException {
        try {
            rawResultSet.updateArray(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateAsciiStream(String columnLabel, java.io.InputStream x, int length) throws java.sql.SQLException {
        try {
            updateAsciiStream(findColumn(columnLabel), x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateAsciiStream(String columnLabel, java.io.InputStream x, long length) throws java.sql.SQLException {
        try {
            updateAsciiStream(findColumn(columnLabel), x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateAsciiStream(String columnLabel, java.io.InputStream x) throws java.sql.SQLException {
        try {
            updateAsciiStream(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateAsciiStream(int columnIndex, java.io.InputStream x, int length) throws java.sql.SQLException {
        try {
            rawResultSet.updateAsciiStream(columnIndex, x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateAsciiStream(int columnIndex, java.io.InputStream x, long length) throws java.sql.SQLException {
        try {
            rawResultSet.updateAsciiStream(columnIndex, x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateAsciiStream(int columnIndex, java.io.InputStream x) throws java.sql.SQLException {
        try {
            rawResultSet.updateAsciiStream(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBigDecimal(String columnLabel, java.math.BigDecimal x) throws java.sql.SQLException {
        try {
            updateBigDecimal(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBigDecimal(int columnIndex, java.math.BigDecimal x) throws java.sql.SQLException {
        try {
            rawResultSet.updateBigDecimal(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBinaryStream(String columnLabel, java.io.InputStream x, int length) throws java.sql.SQLException {
        try {
            updateBinaryStream(findColumn(columnLabel), x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBinaryStream(String columnLabel, java.io.InputStream x, long length) throws java.sql.SQLException {
        try {
            updateBinaryStream(findColumn(columnLabel), x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBinaryStream(String columnLabel, java.io.InputStream x) throws java.sql.SQLException {
        try {
            updateBinaryStream(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBinaryStream(int columnIndex, java.io.InputStream x, int length) throws java.sql.SQLException {
        try {
            rawResultSet.updateBinaryStream(columnIndex, x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBinaryStream(int columnIndex, java.io.InputStream x, long length) throws java.sql.SQLException {
        try {
            rawResultSet.updateBinaryStream(columnIndex, x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBinaryStream(int columnIndex, java.io.InputStream x) throws java.sql.SQLException {
        try {
            rawResultSet.updateBinaryStream(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBlob(String columnLabel, java.io.InputStream inputStream, long length) throws java.sql.SQLException {
        try {
            updateBlob(findColumn(columnLabel), inputStream, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBlob(String columnLabel, java.io.InputStream inputStream) throws java.sql.SQLException {
        try {
            updateBlob(findColumn(columnLabel), inputStream);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBlob(String columnLabel, java.sql.Blob x) throws java.sql.SQLException {
        try {
            updateBlob(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBlob(int columnIndex, java.io.InputStream inputStream, long length) throws java.sql.SQLException {
        try {
            rawResultSet.updateBlob(columnIndex, inputStream, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBlob(int columnIndex, java.io.InputStream inputStream) throws java.sql.SQLException {
        try {
            rawResultSet.updateBlob(columnIndex, inputStream);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBlob(int columnIndex, java.sql.Blob x) throws java.sql.SQLException {
        try {
            rawResultSet.updateBlob(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBoolean(String columnLabel, boolean x) throws java.sql.SQLException {
        try {
            updateBoolean(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBoolean(int columnIndex, boolean x) throws java.sql.SQLException {
        try {
            rawResultSet.updateBoolean(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateByte(String columnLabel, byte x) throws java.sql.SQLException {
        try {
            updateByte(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateByte(int columnIndex, byte x) throws java.sql.SQLException {
        try {
            rawResultSet.updateByte(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBytes(String columnLabel, byte[] x) throws java.sql.SQLException {
        try {
            updateBytes(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateBytes(int columnIndex, byte[] x) throws java.sql.SQLException {
        try {
            rawResultSet.updateBytes(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateCharacterStream(String columnLabel, java.io.Reader reader, int length) throws java.sql.SQLException {
        try {
            updateCharacterStream(findColumn(columnLabel), reader, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateCharacterStream(String columnLabel, java.io.Reader reader, long length) throws java.sql.SQLException {
        try {
            updateCharacterStream(findColumn(columnLabel), reader, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateCharacterStream(String columnLabel, java.io.Reader reader) throws java.sql.SQLException {
        try {
            updateCharacterStream(findColumn(columnLabel), reader);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateCharacterStream(int columnIndex, java.io.Reader x, int length) throws java.sql.SQLException {
        try {
            rawResultSet.updateCharacterStream(columnIndex, x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateCharacterStream(int columnIndex, java.io.Reader x, long length) throws java.sql.SQLException {
        try {
            rawResultSet.updateCharacterStream(columnIndex, x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateCharacterStream(int columnIndex, java.io.Reader x) throws java.sql.SQLException {
        try {
            rawResultSet.updateCharacterStream(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateClob(String columnLabel, java.io.Reader reader, long length) throws java.sql.SQLException {
        try {
            updateClob(findColumn(columnLabel), reader, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateClob(String columnLabel, java.io.Reader reader) throws java.sql.SQLException {
        try {
            updateClob(findColumn(columnLabel), reader);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateClob(String columnLabel, java.sql.Clob x) throws java.sql.SQLException {
        try {
            updateClob(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateClob(int columnIndex, java.io.Reader reader, long length) throws java.sql.SQLException {
        try {
            rawResultSet.updateClob(columnIndex, reader, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateClob(int columnIndex, java.io.Reader reader) throws java.sql.SQLException {
        try {
            rawResultSet.updateClob(columnIndex, reader);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateClob(int columnIndex, java.sql.Clob x) throws java.sql.SQLException {
        try {
            rawResultSet.updateClob(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateDate(String columnLabel, java.sql.Date x) throws java.sql.SQLException {
        try {
            updateDate(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateDate(int columnIndex, java.sql.Date x) throws java.sql.SQLException {
        try {
            rawResultSet.updateDate(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateDouble(String columnLabel, double x) throws java.sql.SQLException {
        try {
            updateDouble(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateDouble(int columnIndex, double x) throws java.sql.SQLException {
        try {
            rawResultSet.updateDouble(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateFloat(String columnLabel, float x) throws java.sql.SQLException {
        try {
            updateFloat(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateFloat(int columnIndex, float x) throws java.sql.SQLException {
        try {
            rawResultSet.updateFloat(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateInt(String columnLabel, int x) throws java.sql.SQLException {
        try {
            updateInt(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateInt(int columnIndex, int x) throws java.sql.SQLException {
        try {
            rawResultSet.updateInt(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateLong(String columnLabel, long x) throws java.sql.SQLException {
        try {
            updateLong(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateLong(int columnIndex, long x) throws java.sql.SQLException {
        try {
            rawResultSet.updateLong(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNCharacterStream(String columnLabel, java.io.Reader reader, long length) throws java.sql.SQLException {
        try {
            updateNCharacterStream(findColumn(columnLabel), reader, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNCharacterStream(String columnLabel, java.io.Reader reader) throws java.sql.SQLException {
        try {
            updateNCharacterStream(findColumn(columnLabel), reader);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNCharacterStream(int columnIndex, java.io.Reader x, long length) throws java.sql.SQLException {
        try {
            rawResultSet.updateNCharacterStream(columnIndex, x, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNCharacterStream(int columnIndex, java.io.Reader x) throws java.sql.SQLException {
        try {
            rawResultSet.updateNCharacterStream(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNClob(String columnLabel, java.io.Reader reader, long length) throws java.sql.SQLException {
        try {
            updateNClob(findColumn(columnLabel), reader, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNClob(String columnLabel, java.io.Reader reader) throws java.sql.SQLException {
        try {
            updateNClob(findColumn(columnLabel), reader);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNClob(String columnLabel, java.sql.NClob nClob) throws java.sql.SQLException {
        try {
            updateNClob(findColumn(columnLabel), nClob);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNClob(int columnIndex, java.io.Reader reader, long length) throws java.sql.SQLException {
        try {
            rawResultSet.updateNClob(columnIndex, reader, length);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNClob(int columnIndex, java.io.Reader reader) throws java.sql.SQLException {
        try {
            rawResultSet.updateNClob(columnIndex, reader);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNClob(int columnIndex, java.sql.NClob nClob) throws java.sql.SQLException {
        try {
            rawResultSet.updateNClob(columnIndex, nClob);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNString(String columnLabel, String nString) throws java.sql.SQLException {
        try {
            updateNString(findColumn(columnLabel), nString);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNString(int columnIndex, String nString) throws java.sql.SQLException {
        try {
            rawResultSet.updateNString(columnIndex, nString);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNull(String columnLabel) throws java.sql.SQLException {
        try {
            updateNull(findColumn(columnLabel));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateNull(int columnIndex) throws java.sql.SQLException {
        try {
            rawResultSet.updateNull(columnIndex);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateObject(String columnLabel, Object x, int scaleOrLength) throws java.sql.SQLException {
        try {
            updateObject(findColumn(columnLabel), x, scaleOrLength);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateObject(String columnLabel, Object x) throws java.sql.SQLException {
        try {
            updateObject(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateObject(int columnIndex, Object x, int scaleOrLength) throws java.sql.SQLException {
        try {
            rawResultSet.updateObject(columnIndex, x, scaleOrLength);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateObject(int columnIndex, Object x) throws java.sql.SQLException {
        try {
            rawResultSet.updateObject(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateRef(String columnLabel, java.sql.Ref x) throws java.sql.SQLException {
        try {
            updateRef(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateRef(int columnIndex, java.sql.Ref x) throws java.sql.SQLException {
        try {
            rawResultSet.updateRef(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateRow() throws java.sql.SQLException {
        try {
            rawResultSet.updateRow();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateRowId(String columnLabel, java.sql.RowId x) throws java.sql.SQLException {
        try {
            updateRowId(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateRowId(int columnIndex, java.sql.RowId x) throws java.sql.SQLException {
        try {
            rawResultSet.updateRowId(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateSQLXML(String columnLabel, java.sql.SQLXML xmlObject) throws java.sql.SQLException {
        try {
            updateSQLXML(findColumn(columnLabel), xmlObject);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateSQLXML(int columnIndex, java.sql.SQLXML xmlObject) throws java.sql.SQLException {
        try {
            rawResultSet.updateSQLXML(columnIndex, xmlObject);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateShort(String columnLabel, short x) throws java.sql.SQLException {
        try {
            updateShort(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateShort(int columnIndex, short x) throws java.sql.SQLException {
        try {
            rawResultSet.updateShort(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateString(String columnLabel, String x) throws java.sql.SQLException {
        try {
            updateString(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateString(int columnIndex, String x) throws java.sql.SQLException {
        try {
            rawResultSet.updateString(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateTime(String columnLabel, java.sql.Time x) throws java.sql.SQLException {
        try {
            updateTime(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateTime(int columnIndex, java.sql.Time x) throws java.sql.SQLException {
        try {
            rawResultSet.updateTime(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateTimestamp(String columnLabel, java.sql.Timestamp x) throws java.sql.SQLException {
        try {
            updateTimestamp(findColumn(columnLabel), x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public void updateTimestamp(int columnIndex, java.sql.Timestamp x) throws java.sql.SQLException {
        try {
            rawResultSet.updateTimestamp(columnIndex, x);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean wasNull() throws java.sql.SQLException {
        try {
            return rawResultSet.wasNull();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }
}
