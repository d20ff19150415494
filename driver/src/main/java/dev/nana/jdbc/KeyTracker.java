package dev.nana.jdbc;

import dev.nana.rewriter.Insertion;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** What getGeneratedKeys asks the backend: which row the latest INSERT inserted. */
interface KeyTracker {
    /** Taken before an INSERT that asked for its keys at execution: what {@link #keyInserted} compares with. */
    Object before() throws SQLException;

    /**
     * The rowid the INSERT that just ran inserted (of several rows, the last, as in sqlite-jdbc); null when it
     * inserted none: an INSERT OR IGNORE or DO NOTHING that changed nothing, an upsert that updated, rows of a view
     * or a table WITHOUT ROWID. {@code before} is what {@link #before} gave ahead of the INSERT, or null when the
     * keys are asked for only afterwards.
     */
    Long keyInserted(Insertion insertion, Object before) throws SQLException;

    /**
     * The backend statement whose row getGeneratedKeys returns (parameter 1: the key, or null for none), lent to one
     * nana statement at a time until it closes: ORMs prepare a statement per INSERT, and would otherwise prepare this
     * one as often.
     */
    PreparedStatement lendKeysQuery() throws SQLException;

    void takeBackKeysQuery(PreparedStatement keysQuery) throws SQLException;
}
