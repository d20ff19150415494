package dev.nana.cli;

import dev.nana.jdbc.NanaConnection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jline.terminal.spi.SystemStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nana rekey}: re-seals a database's key-value values under a key ring's newest key (docs/encryption.md). */
@Command(
        name = "rekey",
        mixinStandardHelpOptions = true,
        description = {
                "Re-seals every key-value value of DATABASE, and the encrypted columns named by --columns and",
                "--searchable, under the key ring's sealing key and the given mode:",
                "values of older keys, of another mode, and plaintext values. One transaction per batch: stopped",
                "at any point, every value still opens with the ring, and running it again finishes the job.",
                "Reports values walked, re-sealed, the rate and the time left per namespace (on a terminal, one",
                "line updated in place; otherwise a line per batch), then the totals."})
final class RekeyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DATABASE", description = "SQLite database file.")
    private Path database;

    @Option(names = "--key-file", required = true, paramLabel = "FILE",
            description = "Key ring: lines <id>:<base64>, the old keys and the new one (see encryptionKeyFile).")
    private Path keyFile;

    @Option(names = "--key-id", paramLabel = "ID", description = "The key to seal with (default: the highest id).")
    private Integer keyId;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "aes-gcm",
            description = "aes-gcm (default), chacha20 or fernet.")
    private String mode;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "5000",
            description = "Values per transaction (default 5000).")
    private int batch;

    @Option(names = "--columns", paramLabel = "LIST",
            description = "Encrypted columns to re-seal too, as the application's encrypt.columns (table.column,...).")
    private String columns;

    @Option(names = "--searchable", paramLabel = "LIST",
            description = "Searchable encrypted columns, as the application's encrypt.searchable.")
    private String searchable;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Properties properties = new Properties();
        properties.setProperty("encryptionKeyFile", keyFile.toString());
        properties.setProperty("encryptionMode", mode);
        if (columns != null) {
            properties.setProperty("encrypt.columns", columns);
        }
        if (searchable != null) {
            properties.setProperty("encrypt.searchable", searchable);
        }
        if (keyId != null) {
            properties.setProperty("encryptionKeyId", keyId.toString());
        }
        RekeyProgress progress = new RekeyProgress(out, NanaShell.isTerminal(SystemStream.Output), System::nanoTime);
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + database, properties)) {
            progress.done(connection.unwrap(NanaConnection.class).rekey(batch, progress));
            return 0;
        } catch (SQLException e) {
            progress.stopped();
            err.println(Session.errorLine(e.getSQLState(), e.getMessage()));
            return 1;
        }
    }
}
