package dev.nana.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.jline.reader.UserInterruptException;

/** Reads SQL and dot-commands from a line source and runs them on one connection, printing results. */
final class Session {

    /** Supplies input lines; {@code null} means end of input. */
    @FunctionalInterface
    interface LineSource {
        String readLine(boolean continuation) throws IOException;
    }

    static final String HELP = """
            SQL statements end with ';' and may span several lines.
            .tables          list tables and views
            .schema [TABLE]  show the CREATE statements (of one table and its indexes and triggers)
            .help            show this help
            .quit, .exit     leave the shell""";

    private final Connection connection;
    private final PrintWriter out;
    private final PrintWriter err;
    private boolean quitRequested;

    Session(Connection connection, PrintWriter out, PrintWriter err) {
        this.connection = connection;
        this.out = out;
        this.err = err;
    }

    /** Runs input until it ends or {@code .quit}; returns false if any statement or command failed. */
    boolean run(LineSource lines) throws IOException {
        StringBuilder pending = new StringBuilder();
        boolean allSucceeded = true;
        while (!quitRequested) {
            String line;
            try {
                line = lines.readLine(pending.length() > 0);
            } catch (UserInterruptException e) {
                pending.setLength(0); // Ctrl-C drops the unfinished statement, as in psql
                continue;
            }
            if (line == null) {
                break;
            }
            if (pending.length() == 0 && line.strip().startsWith(".")) {
                allSucceeded &= runCommand(line.strip());
                continue;
            }
            pending.append(line).append('\n');
            if (StatementCompleteness.isComplete(pending)) {
                if (!StatementCompleteness.isBlank(pending)) {
                    allSucceeded &= runSql(pending.toString());
                }
                pending.setLength(0);
            }
        }
        // Input that ends without the final ';' still runs, as in the sqlite3 shell.
        if (!quitRequested && pending.length() > 0) {
            allSucceeded &= runSql(pending.toString());
        }
        return allSucceeded;
    }

    private boolean runSql(String sql) {
        try (Statement statement = connection.createStatement()) {
            boolean isResultSet = statement.execute(sql);
            while (true) {
                if (isResultSet) {
                    try (ResultSet resultSet = statement.getResultSet()) {
                        out.print(TextTable.of(resultSet));
                    }
                } else {
                    int count = statement.getUpdateCount();
                    if (count == -1) {
                        return true;
                    }
                    out.println("OK, " + count + (count == 1 ? " row" : " rows") + " affected");
                }
                out.flush();
                isResultSet = statement.getMoreResults();
            }
        } catch (SQLException e) {
            return fail(e);
        } finally {
            out.flush();
        }
    }

    private boolean runCommand(String line) {
        String[] words = line.split("\\s+");
        String command = words[0];
        int argumentCount = words.length - 1;
        boolean takesTable = command.equals(".schema");
        if (argumentCount > (takesTable ? 1 : 0)) {
            return fail(null, "usage: " + (takesTable ? ".schema [TABLE]" : command));
        }
        try {
            switch (command) {
                case ".quit", ".exit" -> quitRequested = true;
                case ".help" -> out.println(HELP);
                case ".tables" -> listTables();
                case ".schema" -> showSchema(argumentCount == 1 ? words[1] : null);
                default -> {
                    return fail(null, "unknown command " + command + " (enter .help)");
                }
            }
            return true;
        } catch (SQLException e) {
            return fail(e);
        } finally {
            out.flush();
        }
    }

    private void listTables() throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE", "VIEW"})) {
            while (tables.next()) {
                out.println(tables.getString("TABLE_NAME"));
            }
        }
    }

    private void showSchema(String table) throws SQLException {
        String sql = "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"
                + (table == null ? "" : " AND tbl_name = ? COLLATE NOCASE") + " ORDER BY rowid";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (table != null) {
                statement.setString(1, table);
            }
            try (ResultSet schema = statement.executeQuery()) {
                while (schema.next()) {
                    out.println(schema.getString(1) + ";");
                }
            }
        }
    }

    private boolean fail(SQLException e) {
        return fail(e.getSQLState(), e.getMessage());
    }

    /** Returns false, for the caller's status, after printing the error on stderr. */
    private boolean fail(String sqlState, String message) {
        err.println(errorLine(sqlState, message));
        err.flush();
        return false;
    }

    /** {@code error [SQLSTATE]: message} on one line; the state is left out when the driver gives none. */
    static String errorLine(String sqlState, String message) {
        String state = sqlState == null ? "" : " [" + sqlState + "]";
        return "error" + state + ": " + Objects.requireNonNullElse(message, "").strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
