package dev.nana.compat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the code in the framework and example docs identical to code the tests run. Every fenced block in those
 * pages must follow a {@code <!-- snippet: path -->} line naming a file of the repository that contains the block
 * line for line (indentation aside), so a doc cannot show code that no test exercises.
 */
class DocSnippetsTest {
    private static final Path PROJECT_ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Pattern FENCED_BLOCK = Pattern.compile("(?m)^```[\\w-]*\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern SNIPPET_MARKER = Pattern.compile("<!-- snippet: (\\S+) -->\\s*$");

    @ParameterizedTest
    @ValueSource(strings = {"docs/frameworks.md", "docs/examples/README.md", "docs/kv.md"})
    void everyCodeBlockIsLiterallyInTheFileItNames(String page) throws IOException {
        String markdown = Files.readString(PROJECT_ROOT.resolve(page));
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        Matcher block = FENCED_BLOCK.matcher(markdown);
        while (block.find()) {
            blocks++;
            Matcher marker = SNIPPET_MARKER.matcher(markdown.substring(0, block.start()).stripTrailing());
            if (!marker.find()) {
                problems.add("block " + blocks + " has no snippet marker");
                continue;
            }
            Path source = PROJECT_ROOT.resolve(marker.group(1));
            if (!Files.isRegularFile(source)) {
                problems.add("block " + blocks + " names a missing file " + marker.group(1));
            } else if (!normalized(Files.readString(source)).contains(normalized(block.group(1)))) {
                problems.add("block " + blocks + " is not in " + marker.group(1));
            }
        }
        assertTrue(blocks > 0, page + " has no code blocks");
        assertEquals(List.of(), problems, page);
    }

    private static String normalized(String code) {
        return code.lines().map(String::strip).collect(Collectors.joining("\n", "\n", "\n"));
    }
}
