package dev.nana.cli;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * How JLine splits what is typed. Enter accepts a dot-command or complete SQL only; inside an unfinished statement
 * it opens another line of the same entry, so the statement is edited, and recalled from history, whole. For
 * completion a word is a run of identifier characters, so {@code max(qua} completes {@code qua}; quotes and
 * backslashes mean nothing to it, as SQL's quoting is not the shell's.
 */
final class SqlLineParser extends DefaultParser {

    SqlLineParser() {
        quoteChars(new char[0]);
        escapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE) {
            if (!line.strip().startsWith(".") && !StatementCompleteness.isComplete(line)) {
                throw new EOFError(-1, cursor, "statement not finished");
            }
            return super.parse(line, cursor, ParseContext.SPLIT_LINE); // no quote checks of DefaultParser's own
        }
        return super.parse(line, cursor, context);
    }

    @Override
    public boolean isDelimiterChar(CharSequence buffer, int pos) {
        char c = buffer.charAt(pos);
        return !(Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c > 0x7f);
    }
}
