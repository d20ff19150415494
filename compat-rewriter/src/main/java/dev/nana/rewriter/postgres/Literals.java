package dev.nana.rewriter.postgres;

/** Facts about SQLite's literal tokens. */
final class Literals {
    private Literals() {
    }

    /** Whether a numeric literal's digits are all zero ({@code 0}, {@code 0.0}, {@code 0x00}, {@code 0e5}). */
    static boolean isZero(String number) {
        int from = number.length() > 1 && (number.charAt(1) == 'x' || number.charAt(1) == 'X') ? 2 : 0;
        for (int i = from; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c != '0' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
