package dev.nana.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code nana} shell: an interactive SQL prompt, or a script runner when stdin is not a terminal. */
@Command(
        name = "nana",
        mixinStandardHelpOptions = true,
        versionProvider = NanaShell.Version.class,
        subcommands = RekeyCommand.class,
        description = {
                "Runs SQL on a nana database (jdbc:nana:DATABASE).",
                "Interactive on a terminal; otherwise reads SQL from stdin and exits with 1 if any statement failed."})
public final class NanaShell implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DATABASE", description = "SQLite database file (default: :memory:).")
    private String database;

    @Option(names = "--url", paramLabel = "JDBC_URL", description = "Open this JDBC URL instead of a DATABASE file.")
    private String url;

    @Option(names = "--history", paramLabel = "FILE",
            description = "History of the interactive shell (default: $NANA_HISTORY, else ~/.nana_history).")
    private Path history;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new NanaShell()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (database != null && url != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give either DATABASE or --url, not both.");
        }
        String jdbcUrl = url != null ? url : "jdbc:nana:" + (database != null ? database : ":memory:");
        PrintWriter err = new PrintWriter(System.err, true);
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            if (isTerminal(SystemStream.Input)) {
                runInteractive(connection, jdbcUrl, err);
                return 0;
            }
            BufferedReader input = new BufferedReader(new InputStreamReader(System.in));
            try (Session session = new Session(connection, new PrintWriter(System.out), err)) {
                return session.run(input::readLine) ? 0 : 1;
            }
        } catch (SQLException e) {
            err.println(Session.errorLine(e.getSQLState(), e.getMessage()));
            return 1;
        }
    }

    private void runInteractive(Connection connection, String jdbcUrl, PrintWriter err) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build();
                Session session = new Session(connection, terminal.writer(), err)) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("nana")
                    .parser(new SqlLineParser())
                    .completer(new SqlCompleter(connection, session.commandNames()))
                    .variable(LineReader.HISTORY_FILE, historyFile())
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "  ...> ")
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is SQL, not a history reference
                    .option(LineReader.Option.CASE_INSENSITIVE, true) // SQL names and keywords ignore case
                    .build();
            terminal.writer().println(Version.text() + " connected to " + jdbcUrl);
            terminal.writer().println("Enter .help for help, .quit or Ctrl-D to leave.");
            try {
                session.run(() -> readLine(reader));
            } finally {
                reader.getHistory().save();
            }
        }
    }

    private Path historyFile() {
        String fromEnvironment = System.getenv("NANA_HISTORY");
        return history != null ? history
                : fromEnvironment != null && !fromEnvironment.isBlank() ? Path.of(fromEnvironment)
                : Path.of(System.getProperty("user.home"), ".nana_history");
    }

    private static String readLine(LineReader reader) {
        try {
            return reader.readLine("nana> ");
        } catch (EndOfFileException e) {
            return null;
        }
    }

    /**
      * Asks JLine's terminal provider whether stdin or stdout is a tty. {@code System.console()} cannot tell: since
      * JDK 22 it is non-null even when stdin is a pipe.
      */
    static boolean isTerminal(SystemStream stream) {
        return TerminalBuilder.builder().getProviders(null, new IllegalStateException()).stream()
                .findFirst()
                .map(provider -> provider.isSystemStream(stream))
                .orElse(false);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {text()};
        }

        static String text() {
            try (InputStream in = NanaShell.class.getResourceAsStream("version.properties")) {
                Properties properties = new Properties();
                properties.load(in);
                return "nana " + properties.getProperty("version");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
