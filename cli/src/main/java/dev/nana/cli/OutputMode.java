package dev.nana.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How {@code .mode} prints a result. NULL is {@code NULL} in table, box and line, empty in csv and list. */
enum OutputMode {
    /** The shell's default; see {@link TextTable#table}. */
    TABLE {
        @Override
        String render(Result result, boolean headers) {
            return TextTable.table(result, headers);
        }
    },
    BOX {
        @Override
        String render(Result result, boolean headers) {
            return TextTable.box(result, headers);
        }
    },
    /** RFC 4180: fields quoted where needed, CRLF line ends, as SQLite's shell writes it. */
    CSV {
        @Override
        String render(Result result, boolean headers) {
            List<List<String>> records = new ArrayList<>();
            if (headers) {
                records.add(result.labels());
            }
            for (List<Result.Cell> row : result.rows()) {
                records.add(row.stream().map(cell -> cell.shown("")).toList());
            }
            try {
                return CSV_MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\r\n"))
                        .writeValueAsString(records);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    /** An array of one object per row, one row per line; numbers stay numbers, blobs are hex-literal strings. */
    JSON {
        @Override
        String render(Result result, boolean headers) {
            StringWriter text = new StringWriter();
            try (JsonGenerator json = JSON_FACTORY.createGenerator(text)) {
                json.setRootValueSeparator(null); // the rows are joined by ",\n" here, not by Jackson's space
                text.write('[');
                for (int row = 0; row < result.rows().size(); row++) {
                    if (row > 0) {
                        json.flush();
                        text.write(",\n");
                    }
                    json.writeStartObject();
                    for (int column = 0; column < result.labels().size(); column++) {
                        json.writeFieldName(result.labels().get(column));
                        writeValue(json, result.rows().get(row).get(column));
                    }
                    json.writeEndObject();
                }
                json.flush();
                text.write("]\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return text.toString();
        }

        private void writeValue(JsonGenerator json, Result.Cell cell) throws IOException {
            if (cell.text() == null) {
                json.writeNull();
            } else if (cell.value() instanceof Double real && real.isInfinite()) {
                json.writeNumber(real > 0 ? "9e999" : "-9e999"); // JSON has no infinity; this reads back as one
            } else if (cell.isNumber()) {
                json.writeNumber(cell.text());
            } else {
                json.writeString(cell.text());
            }
        }
    },
    /** One {@code label = value} line per column, labels right-aligned, a blank line between rows. */
    LINE {
        @Override
        String render(Result result, boolean headers) {
            int width = result.labels().stream().mapToInt(String::length).max().orElse(0);
            return result.rows().stream().map(row -> {
                StringBuilder record = new StringBuilder();
                for (int column = 0; column < row.size(); column++) {
                    String label = result.labels().get(column);
                    record.append(" ".repeat(width - label.length())).append(label).append(" = ")
                            .append(row.get(column).shown(TextTable.NULL)).append('\n');
                }
                return record.toString();
            }).collect(Collectors.joining("\n"));
        }
    },
    /** Fields separated by {@code |}, no quoting: SQLite's shell's default. */
    LIST {
        @Override
        String render(Result result, boolean headers) {
            StringBuilder text = new StringBuilder();
            if (headers) {
                text.append(String.join("|", result.labels())).append('\n');
            }
            for (List<Result.Cell> row : result.rows()) {
                text.append(row.stream().map(cell -> cell.shown("")).collect(Collectors.joining("|"))).append('\n');
            }
            return text.toString();
        }
    };

    private static final CsvMapper CSV_MAPPER = new CsvMapper();
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    /** {@code headers} is whether a header line is printed (ignored by json and line, which name every value). */
    abstract String render(Result result, boolean headers);

    String commandName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code table|box|csv|json|line|list}. */
    static String names() {
        return Arrays.stream(values()).map(OutputMode::commandName).collect(Collectors.joining("|"));
    }
}
