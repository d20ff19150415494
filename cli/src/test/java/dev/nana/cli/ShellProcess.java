package dev.nana.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The shell in its own JVM with input on a real pipe, as a user runs it in a script. */
final class ShellProcess {
    private ShellProcess() {}

    record Run(int exitCode, String stdout, String stderr) {
        List<String> errorLines() {
            return stderr.lines().toList();
        }
    }

    /** The command line that starts the shell with this JVM and the test class path. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                NanaShell.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the shell with {@code stdin} piped in, in {@code dir}, until it exits. */
    static Run run(Path dir, String stdin, String... args) throws Exception {
        Path stdout = Files.createTempFile(dir, "stdout", ".txt");
        Path stderr = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command(args))
                .directory(dir.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(UTF_8));
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) { // a guard against a hanging shell, not a speed check
            process.destroyForcibly();
            throw new AssertionError("nana did not exit after its input ended");
        }
        return new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
}
