package dev.nana.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nana.cli.ShellProcess.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output modes, headers, {@code .output}, {@code .timer} and the catalogue commands through a real pipe. */
class OutputModesPipeTest {
    private static final String DATA = """
            CREATE TABLE item(id INTEGER PRIMARY KEY, name TEXT, price REAL, picture BLOB);
            INSERT INTO item VALUES (1, 'plain', 2.5, X'CAFE'), (2, 'a, "quoted"
            name', NULL, NULL);
            CREATE INDEX item_name ON item(name);
            CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT);
            """;
    private static final String QUERY = "SELECT id, name, price, picture FROM item ORDER BY id;\n";

    @TempDir
    Path dir;

    private int databases;

    /** The shell on a new database holding {@link #DATA}, then {@code stdin}. */
    private Run nana(String stdin) throws Exception {
        return ShellProcess.run(dir, DATA + stdin, dir.resolve("app" + databases++ + ".db").toString());
    }

    /** What the shell printed after the set-up statements' counts. */
    private static String results(Run run) {
        assertEquals("", run.stderr());
        return run.stdout().substring(run.stdout().lastIndexOf("rows affected\n") + "rows affected\n".length());
    }

    @Test
    void modeAloneNamesTheModeAndAnUnknownModeIsAUsageError() throws Exception {
        Run run = ShellProcess.run(dir, ".mode\n.mode csv\n.mode\n.mode bogus\n", dir.resolve("empty.db").toString());
        assertEquals("current output mode: table\ncurrent output mode: csv\n", run.stdout());
        assertEquals("error: usage: .mode [table|box|csv|json|line|list]\n", run.stderr());
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndLeavesNullEmpty() throws Exception {
        assertEquals("id,name,price,picture\r\n1,plain,2.5,\"X'CAFE'\"\r\n2,\"a, \"\"quoted\"\"\nname\",,\r\n",
                results(nana(".mode csv\n" + QUERY)));
    }

    @Test
    void jsonIsOneObjectPerRowWithNullsAndBlobs() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(results(nana(".mode json\n" + QUERY)));
        assertEquals(2, rows.size());
        assertEquals(1, rows.get(0).get("id").intValue());
        assertEquals(2.5, rows.get(0).get("price").doubleValue());
        assertEquals("X'CAFE'", rows.get(0).get("picture").textValue());
        assertEquals("a, \"quoted\"\nname", rows.get(1).get("name").textValue());
        assertTrue(rows.get(1).get("price").isNull());
    }

    @Test
    void lineModeAndHeadersOff() throws Exception {
        assertEquals("   id = 1\n name = plain\nprice = 2.5\n",
                results(nana(".mode line\nSELECT id, name, price FROM item WHERE id = 1;\n")));
        assertEquals("1|plain|2.5\n", results(nana(".mode list\n.headers off\nSELECT id, name, price FROM item"
                + " WHERE id = 1;\n")));
    }

    @Test
    void numbersAreRightAlignedInTableAndBox() throws Exception {
        String box = results(nana(".mode box\nSELECT id, price FROM item ORDER BY id;\n"));
        assertTrue(box.contains("│  1 │   2.5 │\n│  2 │  NULL │\n"), box);
    }

    @Test
    void outputGoesToAFileUntilItIsReset() throws Exception {
        String shown = results(nana(".mode list\n.output out.txt\nSELECT name FROM item WHERE id = 1;\n.output\n"
                + "SELECT 'screen' AS here;\n"));
        assertEquals("name\nplain\n", Files.readString(dir.resolve("out.txt")));
        assertEquals("here\nscreen\n", shown);
    }

    @Test
    void timerPrintsTheRealTimeOfEachStatement() throws Exception {
        String shown = results(nana(".timer on\nSELECT 1 AS one;\n"));
        assertTrue(shown.lines().anyMatch(line -> line.matches("Run Time: real \\d+\\.\\d{3}")), shown);
    }

    @Test
    void tablesListsKeyValueNamespacesApartAndIndexesAreListed() throws Exception {
        assertEquals("item\n\nkey-value namespaces:\nsettings\n", results(nana(".tables\n")));
        assertEquals("item_name\nsqlite_autoindex_settings_1\n", results(nana(".indexes\n")));
        assertEquals("sqlite_autoindex_settings_1\n", results(nana(".indexes settings\n")));
    }
}
