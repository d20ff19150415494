package dev.nana.kv.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;

/** The assertion the cipher tests share: a call fails with a given SQLState. */
final class CryptoAssertions {
    private CryptoAssertions() {
    }

    interface Call {
        Object run() throws SQLException;
    }

    /** The SQLException {@code call} throws, checked to carry {@code state} unless that is null. */
    static SQLException assertState(String state, Call call) {
        SQLException e = assertThrows(SQLException.class, call::run);
        if (state != null) {
            assertEquals(state, e.getSQLState(), e.getMessage());
        }
        return e;
    }
}
