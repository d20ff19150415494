package dev.nana.cli;

import dev.nana.rewriter.KvAccess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the database holds, read for {@code .tables}, {@code .indexes}, {@code .schema}, the completer and dumps. */
final class Catalog {
    private Catalog() {}

    /** Tables and views (by name), and apart from them the tables that are key-value namespaces. */
    record Tables(List<String> tables, List<String> namespaces) {}

    /** A column as {@code PRAGMA table_info} reports it. */
    record Column(String name, String type, boolean primaryKey) {
        /** Whether this is a TEXT column of that name (any case) that is, or is not, the primary key. */
        boolean is(String expectedName, boolean expectedPrimaryKey) {
            return name.equalsIgnoreCase(expectedName) && type.equalsIgnoreCase("TEXT")
                    && primaryKey == expectedPrimaryKey;
        }
    }

    static Tables tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        List<String> namespaces = new ArrayList<>();
        for (String name : tableNames(connection)) {
            (isNamespace(connection, name) ? namespaces : tables).add(name);
        }
        return new Tables(tables, namespaces);
    }

    /**
     * A key-value namespace is a table with a namespace's name and exactly NanaSQLite's shape,
     * {@code (key TEXT PRIMARY KEY, value TEXT)} (docs/kv.md).
     */
    static boolean isNamespace(Connection connection, String table) throws SQLException {
        if (!KvAccess.isNamespaceName(table)) {
            return false;
        }
        List<Column> columns = columns(connection, table);
        return columns.size() == 2 && columns.get(0).is("key", true) && columns.get(1).is("value", false);
    }

    /** The columns a row is written with: generated and hidden columns are left out, as table_info does. */
    static List<Column> columns(Connection connection, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet info = statement.executeQuery("PRAGMA table_info(" + Sql.identifier(table) + ")")) {
            while (info.next()) {
                columns.add(new Column(info.getString("name"), info.getString("type"), info.getInt("pk") > 0));
            }
        }
        return columns;
    }

    /** Every table and view name, for completion. */
    static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE", "VIEW"})) {
            while (found.next()) {
                names.add(found.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    /** Every column name of every table and view, for completion. */
    static List<String> columnNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, "%", "%")) {
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    /** Index names, of one table (any case) or of all, SQLite's automatic ones included, by name. */
    static List<String> indexes(Connection connection, String table) throws SQLException {
        return strings(connection, "SELECT name FROM sqlite_master WHERE type = 'index'"
                + (table == null ? "" : " AND tbl_name = ? COLLATE NOCASE") + " ORDER BY name", table);
    }

    /** The CREATE statements, of one table (any case) and its indexes and triggers, or of all, in creation order. */
    static List<String> schema(Connection connection, String table) throws SQLException {
        return strings(connection, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"
                + (table == null ? "" : " AND tbl_name = ? COLLATE NOCASE") + " ORDER BY rowid", table);
    }

    /** The first column of every row of {@code sql}, which takes {@code parameter} unless it is null. */
    static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
