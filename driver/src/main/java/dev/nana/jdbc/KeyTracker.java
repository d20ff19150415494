package dev.nana.jdbc;

import dev.nana.rewriter.Insertion;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** What getGeneratedKeys asks the backend: which row the latest INSERT inserted. */
interface KeyTracker {
    /** What the connection says of its latest INSERT, UPDATE or DELETE. */
    record LastChange(long insertRowid, long changes) {
    }

    LastChange lastChange() throws SQLException;

    /**
     * False when {@code insertion} went into a view (through an INSTEAD OF trigger) or a table WITHOUT ROWID: SQLite's
     * last_insert_rowid() then still names an earlier insert's row.
     */
    boolean hasRowids(Insertion insertion) throws SQLException;

    /**
     * The backend statement whose row getGeneratedKeys returns (parameter 1: the key, or null for none), lent to one
     * nana statement at a time until it closes: ORMs prepare a statement per INSERT, and would otherwise prepare this
     * one as often.
     */
    PreparedStatement lendKeysQuery() throws SQLException;

    void takeBackKeysQuery(PreparedStatement keysQuery) throws SQLException;
}
