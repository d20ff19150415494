package dev.nana.compat.slt;

import dev.nana.compat.slt.SltRecord.Guard;
import dev.nana.compat.slt.SltRecord.HaltRecord;
import dev.nana.compat.slt.SltRecord.HashThresholdRecord;
import dev.nana.compat.slt.SltRecord.MalformedRecord;
import dev.nana.compat.slt.SltRecord.QueryRecord;
import dev.nana.compat.slt.SltRecord.StatementRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sqllogictest script into records the way SQLite's reference runner (sqllogictest.c) reads it:
 * records are separated by blank (or all-space) lines, lines starting with {@code #} are dropped wherever they
 * are, a trailing {@code \r} is ignored, and a record's first line is split into at most four tokens.
 */
final class SltParser {

    private static final String RESULT_SEPARATOR = "----";

    private record Line(int number, String text) {}

    private SltParser() {}

    static List<SltRecord> parse(String script) {
        List<SltRecord> records = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        String[] lines = script.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (text.isBlank()) {
                addRecord(block, records);
            } else if (!text.startsWith("#")) {
                block.add(new Line(i + 1, text));
            }
        }
        addRecord(block, records);
        return records;
    }

    private static void addRecord(List<Line> block, List<SltRecord> records) {
        if (!block.isEmpty()) {
            records.add(record(block));
            block.clear();
        }
    }

    private static SltRecord record(List<Line> block) {
        List<Guard> guards = new ArrayList<>();
        int first = 0;
        String[] tokens = tokens(block.get(first));
        while (tokens[0].equals("skipif") || tokens[0].equals("onlyif")) {
            guards.add(new Guard(tokens[0].equals("onlyif"), tokens[1]));
            if (++first == block.size()) {
                return new MalformedRecord(block.get(first - 1).number(), guards, tokens[0] + " without a record");
            }
            tokens = tokens(block.get(first));
        }
        int line = block.get(first).number();
        List<String> body = block.subList(first + 1, block.size()).stream().map(Line::text).toList();
        switch (tokens[0]) {
            case "statement":
                if (!tokens[1].equals("ok") && !tokens[1].equals("error")) {
                    return new MalformedRecord(line, guards, "statement argument should be 'ok' or 'error'");
                }
                return new StatementRecord(line, guards, tokens[1].equals("error"), String.join("\n", body));
            case "query":
                return query(line, guards, tokens, body);
            case "hash-threshold":
                try {
                    return new HashThresholdRecord(line, guards, Integer.parseInt(tokens[1]));
                } catch (NumberFormatException e) {
                    return new MalformedRecord(line, guards, "hash-threshold needs a number, got '" + tokens[1] + "'");
                }
            case "halt":
                return new HaltRecord(line, guards);
            default:
                return new MalformedRecord(line, guards, "unknown record type '" + tokens[0] + "'");
        }
    }

    private static SltRecord query(int line, List<Guard> guards, String[] tokens, List<String> body) {
        String types = tokens[1];
        if (!types.matches("[TIR]+")) {
            return new MalformedRecord(line, guards, "type string must be one or more of T, I, R: '" + types + "'");
        }
        var sort = SortMode.named(tokens[2]);
        if (sort.isEmpty()) {
            return new MalformedRecord(line, guards, "unknown sort method '" + tokens[2] + "'");
        }
        int separator = body.indexOf(RESULT_SEPARATOR);
        // Without a ---- line the query is expected to return nothing, as in the reference runner.
        List<String> sql = separator < 0 ? body : body.subList(0, separator);
        List<String> expected = separator < 0 ? List.of() : List.copyOf(body.subList(separator + 1, body.size()));
        return new QueryRecord(line, guards, types, sort.get(), tokens[3], String.join("\n", sql), expected);
    }

    /** The first four whitespace-separated tokens of a line; missing ones are empty strings. */
    private static String[] tokens(Line line) {
        String[] tokens = {"", "", "", ""};
        String[] found = line.text().trim().split("\\s+");
        System.arraycopy(found, 0, tokens, 0, Math.min(found.length, tokens.length));
        return tokens;
    }
}
