package dev.nana.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code .import FILE TABLE}: RFC 4180 CSV into a table, as SQLite's shell does it: a missing table is created from
 * the first record (TEXT columns named by it), into an existing one every record is a row; empty lines are skipped.
 * All rows go in under one savepoint (a transaction of their own, or part of one the user began), so a record that
 * does not parse, has the wrong number of fields or breaks a constraint leaves the database as it was.
 */
final class CsvImport {
    private static final ObjectReader CSV = new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .readerFor(String[].class);

    private static final String SAVEPOINT = "nana_import";

    /** Bad input that is not SQL's fault: malformed CSV, a record of the wrong length, an empty file. */
    static final class BadInputException extends Exception {
        BadInputException(String message) {
            super(message);
        }
    }

    private final Connection connection;
    private final Path file;
    private final String table;
    private int record;

    private CsvImport(Connection connection, Path file, String table) {
        this.connection = connection;
        this.file = file;
        this.table = table;
    }

    /** Imports {@code file} after skipping its first {@code skip} records; returns the number of rows inserted. */
    static int run(Connection connection, Path file, String table, int skip)
            throws IOException, SQLException, BadInputException {
        return new CsvImport(connection, file, table).run(skip);
    }

    private int run(int skip) throws IOException, SQLException, BadInputException {
        try (Reader reader = Files.newBufferedReader(file, UTF_8);
                MappingIterator<String[]> records = CSV.readValues(reader);
                Statement control = connection.createStatement()) {
            control.execute("SAVEPOINT " + SAVEPOINT);
            try {
                for (int i = 0; i < skip; i++) {
                    next(records);
                }
                int rows = insertAll(records);
                control.execute("RELEASE " + SAVEPOINT);
                return rows;
            } catch (SQLException | BadInputException | RuntimeException e) {
                control.execute("ROLLBACK TO " + SAVEPOINT);
                control.execute("RELEASE " + SAVEPOINT);
                throw e;
            }
        }
    }

    private int insertAll(MappingIterator<String[]> records) throws SQLException, BadInputException {
        List<Catalog.Column> columns = Catalog.columns(connection, table);
        if (columns.isEmpty()) {
            String[] header = next(records);
            if (header == null) {
                throw new BadInputException(file + " has no header record to create table " + table + " from");
            }
            create(header);
            columns = Catalog.columns(connection, table);
        }
        String names = columns.stream().map(column -> Sql.identifier(column.name())).collect(Collectors.joining(","));
        String marks = String.join(",", Collections.nCopies(columns.size(), "?"));
        int rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + Sql.identifier(table) + "(" + names + ") VALUES(" + marks + ")")) {
            for (String[] fields = next(records); fields != null; fields = next(records)) {
                if (fields.length != columns.size()) {
                    throw new BadInputException(where() + " has " + fields.length + " fields, table "
                            + table + " has " + columns.size() + " columns");
                }
                for (int i = 0; i < fields.length; i++) {
                    insert.setString(i + 1, fields[i]);
                }
                try {
                    insert.executeUpdate();
                } catch (SQLException e) {
                    throw new SQLException(where() + ": " + e.getMessage(), e.getSQLState(), e);
                }
                rows++;
            }
        }
        return rows;
    }

    private void create(String[] header) throws SQLException {
        String columns = Arrays.stream(header).map(name -> Sql.identifier(name) + " TEXT")
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + Sql.identifier(table) + "(" + columns + ")");
        }
    }

    /** The next record, or null at the end; counts records so that messages can name them. */
    private String[] next(MappingIterator<String[]> records) throws BadInputException {
        try {
            String[] fields = records.hasNextValue() ? records.nextValue() : null;
            if (fields != null) {
                record++;
            }
            return fields;
        } catch (IOException | RuntimeJsonMappingException e) {
            record++;
            throw new BadInputException(where() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The record being read, as messages name it. */
    private String where() {
        return file + " record " + record;
    }
}
