package dev.nana.compat.slt;

import java.nio.file.Path;

/**
 * Runs sqllogictest files from the command line: {@code SltMain <jdbcUrlPrefix> <file-or-directory>}, e.g.
 * {@code SltMain jdbc:nana: ../shared/slt}. Prints every failure as {@code file:line: reason}, then the line
 * {@code N passed, N failed}; exits with 1 when a record failed.
 */
public final class SltMain {

    private SltMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SltMain <jdbcUrlPrefix> <file-or-directory>");
            System.exit(2);
        }
        SltResult result = new SltRunner(args[0], SltRunner.SQLITE_ENGINE).run(Path.of(args[1]));
        result.failures().forEach(System.out::println);
        System.out.println(result.summaryLine());
        System.exit(result.failed() == 0 ? 0 : 1);
    }
}
