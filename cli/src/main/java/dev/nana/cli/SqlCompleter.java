package dev.nana.cli;

import dev.nana.rewriter.SqlText;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: dot-commands at the start of a line, elsewhere SQL keywords (in the case being typed) and the
 * names of tables, views and columns. The names are read from the database at each press, so a table just created
 * (or created by another process) completes at once.
 */
final class SqlCompleter implements Completer {
    private static final List<String> KEYWORDS = SqlText.keywords();

    private final Connection connection;
    private final List<String> commandNames;

    SqlCompleter(Connection connection, List<String> commandNames) {
        this.connection = connection;
        this.commandNames = commandNames;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word();
        if (line.wordIndex() == 0 && word.startsWith(".")) {
            commandNames.forEach(name -> candidates.add(new Candidate(name)));
            return;
        }
        boolean lowerCase = !word.isEmpty() && Character.isLowerCase(word.charAt(0));
        Set<String> words = new TreeSet<>();
        KEYWORDS.forEach(keyword -> words.add(lowerCase ? keyword.toLowerCase(Locale.ROOT) : keyword));
        try {
            words.addAll(Catalog.tableNames(connection));
            words.addAll(Catalog.columnNames(connection));
        } catch (SQLException e) {
            // A convenience only: with the schema unreadable (a closed connection), keywords are still offered.
        }
        words.forEach(candidate -> candidates.add(new Candidate(candidate)));
    }
}
