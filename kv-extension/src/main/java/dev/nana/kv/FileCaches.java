package dev.nana.kv;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key-value caches of one database file in this JVM, by namespace: what a connection's {@link KvHost} gives its
 * stores so that every store on the file sees the others' committed writes, and what it tells of SQL that changed
 * namespaces once that commits. One per file, as SQLite has one file whatever the connection.
 */
public final class FileCaches {
    private static final ConcurrentHashMap<Path, FileCaches> FILES = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<String, NamespaceCaches> namespaces = new ConcurrentHashMap<>();

    private FileCaches() {
    }

    /** The caches of the file at {@code realPath} (resolved: every spelling of one file must give one object). */
    public static FileCaches of(Path realPath) {
        return FILES.computeIfAbsent(realPath, path -> new FileCaches());
    }

    NamespaceCaches namespace(String name) {
        return namespaces.computeIfAbsent(name.toLowerCase(Locale.ROOT), lowerCase -> new NamespaceCaches());
    }

    /** SQL committed writes to these namespaces (any case): every store of them forgets all it cached. */
    public void committed(Collection<String> namespaceNames) {
        for (String name : namespaceNames) {
            NamespaceCaches caches = namespaces.get(name.toLowerCase(Locale.ROOT));
            if (caches != null) {
                caches.committedAll();
            }
        }
    }

    /** The whole file changed (a restore): every store on it forgets all it cached. */
    public void committedEverything() {
        namespaces.values().forEach(NamespaceCaches::committedAll);
    }
}
