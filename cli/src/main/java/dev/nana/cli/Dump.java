package dev.nana.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code .dump}: SQL that recreates the schema and the rows, in SQLite's shell's layout. Tables come first in creation
 * order, each followed by its rows, then indexes, triggers and views; all in one transaction, with foreign keys off
 * while it runs. SQLite's own tables are left out but for {@code sqlite_sequence} (AUTOINCREMENT counters), and so
 * are the shadow tables of virtual tables, which the virtual table's CREATE makes again.
 */
final class Dump {
    private Dump() {}

    /** @param table one table (any case) with its indexes and triggers, or null for the whole database */
    static void write(Connection connection, String table, PrintWriter out) throws SQLException {
        Set<String> shadowTables = shadowTables(connection);
        out.println("PRAGMA foreign_keys=OFF;");
        out.println("BEGIN TRANSACTION;");
        String sql = "SELECT type, name, sql FROM sqlite_master"
                + " WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                + (table == null ? "" : " AND tbl_name = ? COLLATE NOCASE") + " ORDER BY type <> 'table', rowid";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (table != null) {
                statement.setString(1, table);
            }
            try (ResultSet objects = statement.executeQuery()) {
                while (objects.next()) {
                    String name = objects.getString("name");
                    if (shadowTables.contains(name)) {
                        continue;
                    }
                    out.println(objects.getString("sql") + ";");
                    if (objects.getString("type").equals("table")) {
                        writeRows(connection, name, out);
                    }
                }
            }
        }
        if (table == null && !Catalog.strings(connection,
                "SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'", null).isEmpty()) {
            out.println("DELETE FROM sqlite_sequence;");
            writeRows(connection, "sqlite_sequence", out);
        }
        out.println("COMMIT;");
    }

    private static void writeRows(Connection connection, String table, PrintWriter out) throws SQLException {
        List<String> columns = Catalog.columns(connection, table).stream()
                .map(column -> Sql.identifier(column.name())).toList();
        if (columns.isEmpty()) {
            return;
        }
        String columnList = String.join(",", columns);
        String insert = "INSERT INTO " + Sql.identifier(table) + "(" + columnList + ") VALUES(";
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + columnList + " FROM " + Sql.identifier(table))) {
            while (rows.next()) {
                StringBuilder line = new StringBuilder(insert);
                for (int column = 1; column <= columns.size(); column++) {
                    line.append(column > 1 ? "," : "").append(Sql.literal(rows.getObject(column)));
                }
                out.println(line.append(");"));
            }
        }
    }

    private static Set<String> shadowTables(Connection connection) throws SQLException {
        return Catalog.strings(connection, "SELECT name FROM pragma_table_list WHERE type = 'shadow'", null)
                .stream().collect(Collectors.toSet());
    }
}
