package dev.nana.jdbc;

import java.sql.SQLException;
import java.sql.Savepoint;

/** A savepoint of a nana connection: named by the application or numbered by nana. */
final class NanaSavepoint implements Savepoint {
    private final int id;
    private final String name;

    NanaSavepoint(int id, String name) {
        this.id = id;
        this.name = name;
    }

    static NanaSavepoint of(Savepoint savepoint) throws SQLException {
        if (savepoint instanceof NanaSavepoint nana) {
            return nana;
        }
        throw SqlErrors.misuse("not a savepoint of this driver: " + savepoint);
    }

    /** The quoted SQL identifier. */
    String identifier() {
        String raw = name == null ? "nana_savepoint_" + id : name;
        return '"' + raw.replace("\"", "\"\"") + '"';
    }

    @Override
    public int getSavepointId() throws SQLException {
        if (name != null) {
            throw SqlErrors.misuse("savepoint " + name + " is named, it has no id");
        }
        return id;
    }

    @Override
    public String getSavepointName() throws SQLException {
        if (name == null) {
            throw SqlErrors.misuse("savepoint " + id + " is unnamed");
        }
        return name;
    }
}
