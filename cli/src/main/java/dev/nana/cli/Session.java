package dev.nana.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.nana.rewriter.SqlText;
import dev.nana.rewriter.StatementKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jline.reader.UserInterruptException;

/**
 * Reads SQL and dot-commands from a line source and runs them on one connection, printing results. Input that
 * holds several statements runs them one by one, as SQLite's shell does: each prints its result, and the first
 * that fails ends that input, the statements after it do not run.
 */
final class Session implements AutoCloseable {

    /** Supplies input lines; {@code null} means end of input. */
    @FunctionalInterface
    interface LineSource {
        String readLine() throws IOException;
    }

    /**
     * The statements whose update count is printed: the others leave sqlite3_changes() as it was. Not in a
     * {@code .read} file, where a dump's thousands of INSERTs would print a line each (SQLite's shell prints none).
     */
    private static final Set<StatementKind> CHANGES_ROWS =
            Set.of(StatementKind.INSERT, StatementKind.REPLACE, StatementKind.UPDATE, StatementKind.DELETE);

    /** Deep enough for any real script; a file that reads itself stops here rather than overflowing the stack. */
    private static final int MAX_READ_DEPTH = 16;

    /** A word, or a word quoted with {@code "} or {@code '} that may hold spaces (a file name). */
    private static final Pattern ARGUMENT = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");

    private final Connection connection;
    private final PrintWriter stdout;
    private final PrintWriter err;
    private final Map<String, DotCommand> commands = new LinkedHashMap<>();
    /** Where results go: stdout, or the file of {@code .output FILE}. */
    private PrintWriter out;
    private OutputMode mode = OutputMode.TABLE;
    private boolean headers = true;
    private boolean timer;
    private boolean quitRequested;
    private int readDepth;

    Session(Connection connection, PrintWriter stdout, PrintWriter err) {
        this.connection = connection;
        this.stdout = stdout;
        this.out = stdout;
        this.err = err;
        command(".dump", "[TABLE]", "SQL that recreates the database (or one table and its indexes and triggers)", 0, 1,
                arguments -> {
                    Dump.write(connection, optional(arguments), out);
                    return true;
                });
        command(".exit", "", "leave the shell", 0, 0, arguments -> quit());
        command(".headers", "on|off", "show column names above the rows (default on)", 1, 1,
                arguments -> {
                    headers = onOff(arguments.get(0));
                    return true;
                });
        command(".help", "", "show this help", 0, 0, arguments -> {
            out.println(help());
            return true;
        });
        command(".import", "[--skip N] FILE TABLE",
                "load CSV into TABLE (created from the header if missing); all rows or none", 2, 4, this::importCsv);
        command(".indexes", "[TABLE]", "list the indexes (of one table)", 0, 1,
                arguments -> printLines(Catalog.indexes(connection, optional(arguments))));
        command(".mode", "[" + OutputMode.names() + "]", "how results are printed (default table); alone: which now",
                0, 1, this::mode);
        command(".output", "[FILE]", "send results to FILE; alone: back to standard output", 0, 1, this::output);
        command(".quit", "", "leave the shell", 0, 0, arguments -> quit());
        command(".read", "FILE", "run the SQL and dot-commands in FILE", 1, 1, this::read);
        command(".schema", "[TABLE]", "show the CREATE statements (of one table and its indexes and triggers)", 0, 1,
                arguments -> printLines(Catalog.schema(connection, optional(arguments)).stream()
                        .map(sql -> sql + ";").toList()));
        command(".tables", "", "list the tables and views, and apart from them the key-value namespaces", 0, 0,
                arguments -> listTables());
        command(".timer", "on|off", "print how long each statement took", 1, 1, arguments -> {
            timer = onOff(arguments.get(0));
            return true;
        });
    }

    /** The dot-command names, for completion. */
    List<String> commandNames() {
        return List.copyOf(commands.keySet());
    }

    String help() {
        int width = commands.values().stream().mapToInt(command -> command.usage().length()).max().orElse(0);
        return "SQL statements end with ';' and may span several lines; a line may hold several.\n"
                + commands.values().stream()
                        .map(command -> String.format(Locale.ROOT, "%-" + width + "s  %s", command.usage(), command.help()))
                        .collect(Collectors.joining("\n"));
    }

    /** Runs input until it ends or {@code .quit}; returns false if any statement or command failed. */
    boolean run(LineSource lines) throws IOException {
        StringBuilder pending = new StringBuilder();
        boolean allSucceeded = true;
        while (!quitRequested) {
            String line;
            try {
                line = lines.readLine();
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
                allSucceeded &= runSql(pending.toString());
                pending.setLength(0);
            }
        }
        // Input that ends without the final ';' still runs, as in the sqlite3 shell.
        if (!quitRequested && pending.length() > 0) {
            allSucceeded &= runSql(pending.toString());
        }
        return allSucceeded;
    }

    @Override
    public void close() {
        closeOutput();
    }

    private boolean runSql(String sql) {
        List<SqlText.Statement> statements = SqlText.statements(sql);
        for (int i = 0; i < statements.size(); i++) {
            try {
                runStatement(statements.get(i));
            } catch (SQLException e) {
                String where = statements.size() == 1 ? ""
                        : " (statement " + (i + 1) + " of " + statements.size()
                                + (i + 1 < statements.size() ? "; the rest did not run)" : ")");
                return fail(e.getSQLState(), e.getMessage() + where);
            } finally {
                out.flush();
            }
        }
        return true;
    }

    private void runStatement(SqlText.Statement sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            if (statement.execute(sql.sql())) {
                try (ResultSet resultSet = statement.getResultSet()) {
                    out.print(mode.render(Result.read(resultSet), headers));
                }
            } else if (CHANGES_ROWS.contains(sql.kind()) && readDepth == 0) {
                int count = statement.getUpdateCount();
                out.println("OK, " + TextTable.rows(count) + " affected");
            }
        }
        if (timer) {
            out.printf(Locale.ROOT, "Run Time: real %.3f%n", (System.nanoTime() - start) / 1e9);
        }
    }

    private boolean runCommand(String line) {
        List<String> words = arguments(line);
        String name = words.get(0);
        DotCommand command = commands.get(name);
        if (command == null) {
            return fail(null, "unknown command: " + name + " (enter .help)");
        }
        List<String> arguments = words.subList(1, words.size());
        try {
            if (arguments.size() < command.minArguments() || arguments.size() > command.maxArguments()) {
                throw new UsageException();
            }
            return command.action().run(arguments);
        } catch (UsageException e) {
            return fail(null, "usage: " + command.usage());
        } catch (SQLException e) {
            return fail(e.getSQLState(), name + ": " + e.getMessage());
        } catch (CsvImport.BadInputException e) {
            return fail(null, name + ": " + e.getMessage() + "; nothing imported");
        } catch (IOException e) {
            return fail(null, name + ": " + (e instanceof NoSuchFileException missing
                    ? "no such file: " + missing.getFile() : e.getMessage()));
        } finally {
            out.flush();
        }
    }

    private static List<String> arguments(String line) {
        List<String> words = new ArrayList<>();
        Matcher matcher = ARGUMENT.matcher(line);
        while (matcher.find()) {
            words.add(Objects.requireNonNullElse(matcher.group(1),
                    Objects.requireNonNullElse(matcher.group(2), matcher.group(3))));
        }
        return words;
    }

    private boolean quit() {
        quitRequested = true;
        return true;
    }

    private boolean printLines(List<String> lines) {
        lines.forEach(out::println);
        return true;
    }

    private boolean listTables() throws SQLException {
        Catalog.Tables tables = Catalog.tables(connection);
        printLines(tables.tables());
        if (!tables.namespaces().isEmpty()) {
            if (!tables.tables().isEmpty()) {
                out.println();
            }
            out.println("key-value namespaces:");
            printLines(tables.namespaces());
        }
        return true;
    }

    private boolean mode(List<String> arguments) throws UsageException {
        if (arguments.isEmpty()) {
            out.println("current output mode: " + mode.commandName());
            return true;
        }
        try {
            mode = OutputMode.valueOf(arguments.get(0).toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            throw new UsageException();
        }
    }

    private boolean output(List<String> arguments) throws IOException {
        closeOutput();
        if (!arguments.isEmpty()) {
            out = new PrintWriter(Files.newBufferedWriter(Path.of(arguments.get(0)), UTF_8));
        }
        return true;
    }

    private void closeOutput() {
        if (out != stdout) {
            out.close();
            out = stdout;
        }
    }

    private boolean read(List<String> arguments) throws IOException {
        if (readDepth == MAX_READ_DEPTH) {
            return fail(null, ".read: files nested more than " + MAX_READ_DEPTH + " deep (does one read itself?)");
        }
        try (BufferedReader file = Files.newBufferedReader(Path.of(arguments.get(0)), UTF_8)) {
            readDepth++;
            return run(file::readLine);
        } finally {
            readDepth--;
        }
    }

    private boolean importCsv(List<String> arguments)
            throws IOException, SQLException, CsvImport.BadInputException, UsageException {
        int skip = 0;
        if (arguments.size() == 4) {
            if (!arguments.get(0).equals("--skip") || !arguments.get(1).matches("\\d{1,9}")) {
                throw new UsageException();
            }
            skip = Integer.parseInt(arguments.get(1));
        } else if (arguments.size() != 2) {
            throw new UsageException();
        }
        int count = CsvImport.run(connection, Path.of(arguments.get(arguments.size() - 2)),
                arguments.get(arguments.size() - 1), skip);
        out.println("OK, " + TextTable.rows(count) + " imported");
        return true;
    }

    private static String optional(List<String> arguments) {
        return arguments.isEmpty() ? null : arguments.get(0);
    }

    private static boolean onOff(String argument) throws UsageException {
        return switch (argument.toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new UsageException();
        };
    }

    private void command(String name, String arguments, String help, int min, int max, Action action) {
        commands.put(name, new DotCommand(arguments.isEmpty() ? name : name + " " + arguments, help, min, max, action));
    }

    private record DotCommand(String usage, String help, int minArguments, int maxArguments, Action action) {}

    @FunctionalInterface
    private interface Action {
        /** Returns false when the command failed after reporting it itself (a {@code .read} file's statements). */
        boolean run(List<String> arguments)
                throws SQLException, IOException, CsvImport.BadInputException, UsageException;
    }

    /** The arguments do not fit the command: its usage is shown. */
    private static final class UsageException extends Exception {}

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
