package dev.nana.kv;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;

/**
 * What a connection that knows about key-value stores offers them ({@code connection.unwrap(KvHost.class)}): news
 * of SQL that changed namespaces behind the stores' backs, and whole-file backup and restore. nana's connections
 * implement it; on any other connection a store still works, without those.
 */
public interface KvHost {
    void addListener(Listener listener);

    void removeListener(Listener listener);

    /**
     * {@code options} as this connection wants every store on it configured: nana's connections add the encryption
     * their properties ask for, so no store on them writes plaintext by omission. Options that bring their own
     * cipher keep it.
     */
    default KvOptions configure(KvOptions options) {
        return options;
    }

    /** The caches of every store on this connection's database file in this JVM; null when it has no file. */
    default FileCaches fileCaches() {
        return null;
    }

    /**
     * Runs {@code announcement} once what this connection wrote so far is committed: now, when no transaction is open;
     * else when it commits (never, if it rolls back).
     */
    default void afterCommit(Runnable announcement) {
        announcement.run();
    }

    /** Copies the live database to {@code target} (replaced atomically; never left half-written). */
    void backup(Path target) throws SQLException;

    /** Replaces the live database's content with {@code source}'s, in one transaction. */
    void restore(Path source) throws SQLException;

    /** Called on the connection's thread, after the change. */
    interface Listener {
        /** SQL on the connection wrote these namespaces (lower-case names). */
        void namespacesChanged(Set<String> namespaces);

        /** A rollback or a restore: anything may have changed. */
        void everythingChanged();
    }
}
