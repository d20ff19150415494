package dev.nana.compat.slt;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Runs sqllogictest files from the command line: {@code SltMain <jdbcUrlPrefix> <file-or-directory>}, e.g.
 * {@code SltMain jdbc:nana: ../shared/slt}. Prints every failure as {@code file:line: reason}, then the line
 * {@code N passed, N failed}; exits with 1 when a record failed and 2 when the files or the URL cannot be used.
 */
public final class SltMain {

    private SltMain() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SltMain <jdbcUrlPrefix> <file-or-directory>");
            System.exit(2);
        }
        try {
            SltResult result = new SltRunner(args[0], SltRunner.SQLITE_ENGINE).run(Path.of(args[1]));
            result.failures().forEach(System.out::println);
            System.out.println(result.summaryLine());
            System.exit(result.failed() == 0 ? 0 : 1);
        } catch (IOException | SQLException e) {
            System.err.println("SltMain: " + e);
            System.exit(2);
        }
    }
}
