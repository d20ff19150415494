package dev.nana.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.cli.ShellProcess.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .dump}, {@code .read} and {@code .import} through a real pipe, the files then read with sqlite-jdbc. */
class DumpReadImportPipeTest {
    private static final String SCHEMA = """
            CREATE TABLE author(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, born INTEGER
              CHECK (born > 0), photo BLOB, ratio REAL, note);
            CREATE TABLE book(id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES author(id), title TEXT);
            CREATE INDEX book_author ON book(author_id);
            CREATE VIEW titles AS SELECT a.name, b.title FROM author a JOIN book b ON b.author_id = a.id;
            CREATE TRIGGER author_gone AFTER DELETE ON author BEGIN DELETE FROM book WHERE author_id = old.id; END;
            INSERT INTO author(name, born, photo, ratio, note) VALUES
              ('O''Brien', 1903, X'00FF10', 1.0, 'line one
            line two'),
              ('Zoë', 1950, NULL, 6.02e23, 42),
              ('Nil', NULL, X'', -0.5, NULL);
            INSERT INTO book VALUES (1, 1, 'Ninety; Eighty-Four'), (2, 2, NULL);
            """;

    @TempDir
    Path dir;

    private Run nana(String stdin, Path database) throws Exception {
        return ShellProcess.run(dir, stdin, database.toString());
    }

    @Test
    void aDumpReadIntoANewDatabaseGivesTheSameSchemaAndValues() throws Exception {
        Path source = dir.resolve("source.db");
        assertEquals("", nana(SCHEMA, source).stderr());
        Run dump = nana(".output dump.sql\n.dump\n.output\nSELECT 'back' AS here;\n", source);
        assertEquals("", dump.stderr());
        assertTrue(dump.stdout().contains("back"), "output returned to stdout: " + dump.stdout());
        String script = Files.readString(dir.resolve("dump.sql"));
        assertTrue(script.startsWith("PRAGMA foreign_keys=OFF;\nBEGIN"), script);

        Path copy = dir.resolve("copy.db");
        Run read = nana(".read dump.sql\n", copy);
        assertEquals("", read.stderr());
        assertEquals(0, read.exitCode());

        for (String table : List.of("author", "book", "sqlite_sequence")) {
            assertEquals(rows(source, "SELECT * FROM " + table + " ORDER BY 1"),
                    rows(copy, "SELECT * FROM " + table + " ORDER BY 1"), table);
        }
        String catalog = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                + " ORDER BY name";
        assertEquals(rows(source, catalog), rows(copy, catalog));
        assertEquals(5, rows(copy, catalog).size()); // two tables, an index, a view, a trigger
    }

    @Test
    void aDumpOfOneTableHoldsOnlyThatTable() throws Exception {
        Path source = dir.resolve("source.db");
        nana(SCHEMA, source);
        String dump = nana(".dump book\n", source).stdout();
        assertTrue(dump.contains("CREATE TABLE book"), dump);
        assertTrue(dump.contains("CREATE INDEX book_author"), dump);
        assertTrue(!dump.contains("CREATE TABLE author") && !dump.contains("'Zoë'"), dump);
    }

    @Test
    void readOfAMissingFileOrAFailingStatementIsAnError() throws Exception {
        Path database = dir.resolve("app.db");
        Run missing = nana(".read nowhere.sql\n", database);
        assertEquals(1, missing.exitCode());
        assertTrue(missing.stderr().contains("nowhere.sql"), missing.stderr());

        Files.writeString(dir.resolve("bad.sql"), "CREATE TABLE t(x);\nINSERT INTO nosuch VALUES (1);\n");
        Run bad = nana(".read bad.sql\n", database);
        assertEquals(1, bad.exitCode());
        assertTrue(bad.stderr().contains("nosuch"), bad.stderr());
    }

    @Test
    void importCreatesTheTableFromTheHeaderAndKeepsRfc4180Quoting() throws Exception {
        Files.writeString(dir.resolve("people.csv"),
                "name,city\r\n\"Smith, Jo\",\"said \"\"hi\"\"\"\r\nLee,\"two\nlines\"\r\n");
        Path database = dir.resolve("app.db");
        Run run = nana(".import people.csv people\n", database);
        assertEquals("", run.stderr());
        assertEquals(List.of(List.of("String:Smith, Jo", "String:said \"hi\""),
                        List.of("String:Lee", "String:two\nlines")),
                rows(database, "SELECT name, city FROM people ORDER BY rowid"));
    }

    @Test
    void importIntoAnExistingTableSkipsTheHeaderWhenAsked() throws Exception {
        Files.writeString(dir.resolve("n.csv"), "id,label\n1,one\n2,two\n");
        Path database = dir.resolve("app.db");
        nana("CREATE TABLE n(id INTEGER PRIMARY KEY, label TEXT NOT NULL);\n", database);
        assertEquals("", nana(".import --skip 1 n.csv n\n", database).stderr());
        assertEquals(List.of(List.of("Integer:1", "String:one"), List.of("Integer:2", "String:two")),
                rows(database, "SELECT id, label FROM n ORDER BY id"));
    }

    @Test
    void aBadRecordImportsNothing() throws Exception {
        Path database = dir.resolve("app.db");
        nana("CREATE TABLE n(id INTEGER PRIMARY KEY, label TEXT NOT NULL);\nINSERT INTO n VALUES (1, 'kept');\n",
                database);
        Files.writeString(dir.resolve("count.csv"), "2,two\n3,three,extra\n");
        Files.writeString(dir.resolve("duplicate.csv"), "4,four\n1,again\n");
        Files.writeString(dir.resolve("quoting.csv"), "5,five\n6,\"b\"x\n");
        for (String file : List.of("count.csv", "duplicate.csv", "quoting.csv", "missing.csv")) {
            Run run = nana(".import " + file + " n\n", database);
            assertEquals(1, run.exitCode(), file);
            assertTrue(run.stderr().contains(file), file + ": " + run.stderr());
            assertEquals(List.of(List.of("Integer:1", "String:kept")), rows(database, "SELECT id, label FROM n"), file);
        }
    }

    @Test
    void anImportInsideATransactionIsUndoneByItsRollback() throws Exception {
        Files.writeString(dir.resolve("n.csv"), "id,label\n1,one\n");
        Path database = dir.resolve("app.db");
        Run run = nana("BEGIN;\n.import n.csv n\nSELECT count(*) AS imported FROM n;\nROLLBACK;\n", database);
        assertEquals("", run.stderr());
        assertTrue(run.stdout().contains("imported\n--------\n       1\n"), run.stdout());
        assertEquals(List.of(), rows(database, "SELECT name FROM sqlite_master WHERE name = 'n'"));
    }

    /** Every row of {@code query} on the file, read with plain sqlite-jdbc, each value as Class:value. */
    private static List<List<String>> rows(Path database, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.add(value == null ? "null" : value.getClass().getSimpleName() + ":"
                            + (value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
