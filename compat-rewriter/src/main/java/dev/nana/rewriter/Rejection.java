package dev.nana.rewriter;

/** Why SQL may not run; cached in place of a plan and turned into a fresh exception each time. */
public record Rejection(String message, String sqlState) {

    static Rejection policy(String what) {
        return new Rejection("nana: " + what, RejectedSqlException.POLICY);
    }

    static Rejection unreadable(String what) {
        return new Rejection("nana: " + what, RejectedSqlException.UNREADABLE);
    }

    static Rejection invalidName(String what) {
        return new Rejection("nana: " + what, RejectedSqlException.INVALID_NAME);
    }

    static Rejection encryptedColumn(String what) {
        return new Rejection("nana: " + what, RejectedSqlException.ENCRYPTED_COLUMN);
    }

    static Rejection kvMisuse(String what) {
        return new Rejection("nana: " + what, RejectedSqlException.KV_MISUSE);
    }

    /** A construct the pipeline's {@link Target} cannot run with SQLite's result, refused by rule {@code ruleId}. */
    static Rejection unsupported(String ruleId, String what) {
        return new Rejection("nana: " + what + " (rule " + ruleId + ")", RejectedSqlException.TARGET_UNSUPPORTED);
    }

    Rejection inStatement(int number, int count) {
        return new Rejection(message + " (statement " + number + " of " + count + ")", sqlState);
    }

    RejectedSqlException toException() {
        return new RejectedSqlException(message, sqlState);
    }
}
