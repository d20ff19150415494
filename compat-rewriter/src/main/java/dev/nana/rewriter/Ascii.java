package dev.nana.rewriter;

/**
 * SQLite folds case for ASCII letters only: {@code "İ"}, {@code "K"} (Kelvin) and friends stay what they are. So does
 * PostgreSQL with unquoted names in a UTF-8 database.
 */
public final class Ascii {
    private Ascii() {
    }

    static char toLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    public static String toLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = s.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    chars[j] = toLower(chars[j]);
                }
                return new String(chars);
            }
        }
        return s;
    }
}
