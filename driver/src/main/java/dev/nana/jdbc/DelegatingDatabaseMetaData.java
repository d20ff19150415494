package dev.nana.jdbc;

// Generated once from the java.sql.DatabaseMetaData interface (parameter names from the JDK sources): plain delegation with
// error translation.
// Methods that return JDBC objects, take SQL text, close or unwrap are left to the subclass.
@SuppressWarnings({"deprecation", "removal"})
abstract class DelegatingDatabaseMetaData implements java.sql.DatabaseMetaData {
    final java.sql.DatabaseMetaData rawDatabaseMetaData;

    /** The backend's error translation, which every delegated call's failure passes. */
    final ErrorTranslator errors;

    DelegatingDatabaseMetaData(java.sql.DatabaseMetaData rawDatabaseMetaData, ErrorTranslator errors) {
        this.rawDatabaseMetaData = rawDatabaseMetaData;
        this.errors = errors;
    }

    @Override
    public boolean allProceduresAreCallable() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.allProceduresAreCallable();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean allTablesAreSelectable() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.allTablesAreSelectable();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean autoCommitFailureClosesAllResultSets() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.autoCommitFailureClosesAllResultSets();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean dataDefinitionCausesTransactionCommit() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.dataDefinitionCausesTransactionCommit();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean dataDefinitionIgnoredInTransactions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.dataDefinitionIgnoredInTransactions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean deletesAreDetected(int type) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.deletesAreDetected(type);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean doesMaxRowSizeIncludeBlobs() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.doesMaxRowSizeIncludeBlobs();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean generatedKeyAlwaysReturned() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.generatedKeyAlwaysReturned();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern, String attributeNamePattern) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getAttributes(catalog, schemaPattern, typeNamePattern, attributeNamePattern));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getBestRowIdentifier(catalog, schema, table, scope, nullable));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getCatalogSeparator() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getCatalogSeparator();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getCatalogTerm() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getCatalogTerm();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getCatalogs() throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getCatalogs());
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getClientInfoProperties() throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getClientInfoProperties());
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getColumnPrivileges(catalog, schema, table, columnNamePattern));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getColumns(catalog, schemaPattern, tableNamePattern, columnNamePattern));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable, String foreignCatalog, String foreignSchema, String foreignTable) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getCrossReference(parentCatalog, parentSchema, parentTable, foreignCatalog, foreignSchema, foreignTable));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getDatabaseMajorVersion() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getDatabaseMajorVersion();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getDatabaseMinorVersion() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getDatabaseMinorVersion();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getDatabaseProductName() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getDatabaseProductName();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getDatabaseProductVersion() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getDatabaseProductVersion();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getDefaultTransactionIsolation() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getDefaultTransactionIsolation();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getDriverMajorVersion() {
        return rawDatabaseMetaData.getDriverMajorVersion();
    }

    @Override
    public int getDriverMinorVersion() {
        return rawDatabaseMetaData.getDriverMinorVersion();
    }

    @Override
    public String getDriverName() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getDriverName();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getDriverVersion() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getDriverVersion();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getExportedKeys(String catalog, String schema, String table) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getExportedKeys(catalog, schema, table));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getExtraNameCharacters() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getExtraNameCharacters();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern, String columnNamePattern) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getFunctionColumns(catalog, schemaPattern, functionNamePattern, columnNamePattern));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getFunctions(catalog, schemaPattern, functionNamePattern));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getIdentifierQuoteString() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getIdentifierQuoteString();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getImportedKeys(String catalog, String schema, String table) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getImportedKeys(catalog, schema, table));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getIndexInfo(catalog, schema, table, unique, approximate));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getJDBCMajorVersion() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getJDBCMajorVersion();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getJDBCMinorVersion() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getJDBCMinorVersion();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxBinaryLiteralLength() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxBinaryLiteralLength();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxCatalogNameLength() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxCatalogNameLength();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxCharLiteralLength() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxCharLiteralLength();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxColumnNameLength() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxColumnNameLength();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxColumnsInGroupBy() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxColumnsInGroupBy();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxColumnsInIndex() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxColumnsInIndex();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxColumnsInOrderBy() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxColumnsInOrderBy();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxColumnsInSelect() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxColumnsInSelect();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxColumnsInTable() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxColumnsInTable();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxConnections() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxConnections();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxCursorNameLength() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxCursorNameLength();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxIndexLength() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxIndexLength();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxProcedureNameLength() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxProcedureNameLength();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxRowSize() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxRowSize();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxSchemaNameLength() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxSchemaNameLength();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxStatementLength() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxStatementLength();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxStatements() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxStatements();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxTableNameLength() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxTableNameLength();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxTablesInSelect() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxTablesInSelect();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getMaxUserNameLength() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getMaxUserNameLength();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getNumericFunctions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getNumericFunctions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getPrimaryKeys(String catalog, String schema, String table) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getPrimaryKeys(catalog, schema, table));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern, String columnNamePattern) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getProcedureColumns(catalog, schemaPattern, procedureNamePattern, columnNamePattern));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getProcedureTerm() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getProcedureTerm();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getProcedures(catalog, schemaPattern, procedureNamePattern));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getPseudoColumns(catalog, schemaPattern, tableNamePattern, columnNamePattern));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getResultSetHoldability() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getResultSetHoldability();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.RowIdLifetime getRowIdLifetime() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getRowIdLifetime();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getSQLKeywords() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getSQLKeywords();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public int getSQLStateType() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getSQLStateType();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getSchemaTerm() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getSchemaTerm();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getSchemas() throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getSchemas());
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getSchemas(String catalog, String schemaPattern) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getSchemas(catalog, schemaPattern));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getSearchStringEscape() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getSearchStringEscape();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getStringFunctions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getStringFunctions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getSuperTables(catalog, schemaPattern, tableNamePattern));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getSuperTypes(catalog, schemaPattern, typeNamePattern));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getSystemFunctions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getSystemFunctions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getTablePrivileges(catalog, schemaPattern, tableNamePattern));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getTableTypes() throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getTableTypes());
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getTables(catalog, schemaPattern, tableNamePattern, types));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getTimeDateFunctions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getTimeDateFunctions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getTypeInfo() throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getTypeInfo());
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getUDTs(catalog, schemaPattern, typeNamePattern, types));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getURL() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getURL();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public String getUserName() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.getUserName();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public java.sql.ResultSet getVersionColumns(String catalog, String schema, String table) throws java.sql.SQLException {
        try {
            return wrap(rawDatabaseMetaData.getVersionColumns(catalog, schema, table));
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean insertsAreDetected(int type) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.insertsAreDetected(type);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean isCatalogAtStart() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.isCatalogAtStart();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean isReadOnly() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.isReadOnly();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean locatorsUpdateCopy() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.locatorsUpdateCopy();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean nullPlusNonNullIsNull() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.nullPlusNonNullIsNull();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean nullsAreSortedAtEnd() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.nullsAreSortedAtEnd();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean nullsAreSortedAtStart() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.nullsAreSortedAtStart();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean nullsAreSortedHigh() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.nullsAreSortedHigh();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean nullsAreSortedLow() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.nullsAreSortedLow();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean othersDeletesAreVisible(int type) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.othersDeletesAreVisible(type);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean othersInsertsAreVisible(int type) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.othersInsertsAreVisible(type);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean othersUpdatesAreVisible(int type) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.othersUpdatesAreVisible(type);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean ownDeletesAreVisible(int type) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.ownDeletesAreVisible(type);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean ownInsertsAreVisible(int type) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.ownInsertsAreVisible(type);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean ownUpdatesAreVisible(int type) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.ownUpdatesAreVisible(type);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean storesLowerCaseIdentifiers() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.storesLowerCaseIdentifiers();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean storesLowerCaseQuotedIdentifiers() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.storesLowerCaseQuotedIdentifiers();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean storesMixedCaseIdentifiers() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.storesMixedCaseIdentifiers();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean storesMixedCaseQuotedIdentifiers() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.storesMixedCaseQuotedIdentifiers();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean storesUpperCaseIdentifiers() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.storesUpperCaseIdentifiers();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean storesUpperCaseQuotedIdentifiers() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.storesUpperCaseQuotedIdentifiers();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsANSI92EntryLevelSQL() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsANSI92EntryLevelSQL();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsANSI92FullSQL() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsANSI92FullSQL();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsANSI92IntermediateSQL() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsANSI92IntermediateSQL();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsAlterTableWithAddColumn() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsAlterTableWithAddColumn();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsAlterTableWithDropColumn() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsAlterTableWithDropColumn();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsBatchUpdates() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsBatchUpdates();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsCatalogsInDataManipulation() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsCatalogsInDataManipulation();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsCatalogsInIndexDefinitions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsCatalogsInIndexDefinitions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsCatalogsInPrivilegeDefinitions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsCatalogsInPrivilegeDefinitions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsCatalogsInProcedureCalls() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsCatalogsInProcedureCalls();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsCatalogsInTableDefinitions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsCatalogsInTableDefinitions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsColumnAliasing() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsColumnAliasing();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsConvert() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsConvert();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsConvert(int fromType, int toType) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsConvert(fromType, toType);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsCoreSQLGrammar() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsCoreSQLGrammar();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsCorrelatedSubqueries() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsCorrelatedSubqueries();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsDataDefinitionAndDataManipulationTransactions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsDataDefinitionAndDataManipulationTransactions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsDataManipulationTransactionsOnly() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsDataManipulationTransactionsOnly();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsDifferentTableCorrelationNames() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsDifferentTableCorrelationNames();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsExpressionsInOrderBy() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsExpressionsInOrderBy();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsExtendedSQLGrammar() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsExtendedSQLGrammar();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsFullOuterJoins() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsFullOuterJoins();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsGetGeneratedKeys() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsGetGeneratedKeys();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsGroupBy() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsGroupBy();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsGroupByBeyondSelect() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsGroupByBeyondSelect();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsGroupByUnrelated() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsGroupByUnrelated();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsIntegrityEnhancementFacility() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsIntegrityEnhancementFacility();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsLikeEscapeClause() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsLikeEscapeClause();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsLimitedOuterJoins() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsLimitedOuterJoins();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsMinimumSQLGrammar() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsMinimumSQLGrammar();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsMixedCaseIdentifiers() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsMixedCaseIdentifiers();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsMixedCaseQuotedIdentifiers() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsMixedCaseQuotedIdentifiers();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsMultipleOpenResults() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsMultipleOpenResults();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsMultipleResultSets() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsMultipleResultSets();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsMultipleTransactions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsMultipleTransactions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsNamedParameters() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsNamedParameters();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsNonNullableColumns() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsNonNullableColumns();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsOpenCursorsAcrossCommit() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsOpenCursorsAcrossCommit();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsOpenCursorsAcrossRollback() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsOpenCursorsAcrossRollback();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsOpenStatementsAcrossCommit() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsOpenStatementsAcrossCommit();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsOpenStatementsAcrossRollback() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsOpenStatementsAcrossRollback();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsOrderByUnrelated() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsOrderByUnrelated();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsOuterJoins() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsOuterJoins();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsPositionedDelete() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsPositionedDelete();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsPositionedUpdate() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsPositionedUpdate();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsResultSetConcurrency(int type, int concurrency) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsResultSetConcurrency(type, concurrency);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsResultSetHoldability(int holdability) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsResultSetHoldability(holdability);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsResultSetType(int type) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsResultSetType(type);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsSavepoints() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsSavepoints();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsSchemasInDataManipulation() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsSchemasInDataManipulation();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsSchemasInIndexDefinitions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsSchemasInIndexDefinitions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsSchemasInPrivilegeDefinitions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsSchemasInPrivilegeDefinitions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsSchemasInProcedureCalls() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsSchemasInProcedureCalls();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsSchemasInTableDefinitions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsSchemasInTableDefinitions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsSelectForUpdate() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsSelectForUpdate();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsStatementPooling() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsStatementPooling();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsStoredFunctionsUsingCallSyntax() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsStoredFunctionsUsingCallSyntax();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsStoredProcedures() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsStoredProcedures();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsSubqueriesInComparisons() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsSubqueriesInComparisons();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsSubqueriesInExists() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsSubqueriesInExists();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsSubqueriesInIns() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsSubqueriesInIns();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsSubqueriesInQuantifieds() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsSubqueriesInQuantifieds();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsTableCorrelationNames() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsTableCorrelationNames();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsTransactionIsolationLevel(int level) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsTransactionIsolationLevel(level);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsTransactions() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsTransactions();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsUnion() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsUnion();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean supportsUnionAll() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.supportsUnionAll();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean updatesAreDetected(int type) throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.updatesAreDetected(type);
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean usesLocalFilePerTable() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.usesLocalFilePerTable();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    @Override
    public boolean usesLocalFiles() throws java.sql.SQLException {
        try {
            return rawDatabaseMetaData.usesLocalFiles();
        } catch (java.sql.SQLException e) {
            throw errors.translate(e);
        }
    }

    /** The metadata result sets, wrapped so their getStatement() and types behave as nana's. */
    abstract java.sql.ResultSet wrap(java.sql.ResultSet raw) throws java.sql.SQLException;
}
