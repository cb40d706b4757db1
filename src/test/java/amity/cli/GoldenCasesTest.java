package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case under src/test/cases: a folder holding {@code cmd} (the arguments, shell-quoted),
 * optional {@code stdin} and {@code env} (NAME=value lines), and the expected {@code stdout},
 * {@code stderr} and {@code status}. After a deliberate change, {@code mvn test -Dtest=GoldenCasesTest
 * -Damity.update=true} rewrites the expectations (review them with git diff); a normal run only compares.
 */
class GoldenCasesTest {
    static final Path CASES = Path.of("src/test/cases");

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(CASES)) {
            dirs = walk.filter(p -> Files.isRegularFile(p.resolve("cmd"))).sorted().toList();
        }
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(CASES.relativize(dir).toString(), () -> run(dir)));
    }

    private static void run(Path dir) throws IOException {
        List<String> args = split(read(dir.resolve("cmd")).strip());
        String stdin = Files.exists(dir.resolve("stdin")) ? read(dir.resolve("stdin")) : "";
        Map<String, String> env = new HashMap<>();
        if (Files.exists(dir.resolve("env"))) {
            for (String line : read(dir.resolve("env")).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    env.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        Run r = Run.with(env, stdin, args.toArray(String[]::new));
        if (Update.requested()) {
            Files.writeString(dir.resolve("stdout"), r.out(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("stderr"), r.err(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("status"), r.status() + "\n", StandardCharsets.UTF_8);
            return;
        }
        assertThat(r.err()).as("stderr of %s", dir).isEqualTo(read(dir.resolve("stderr")));
        assertThat(r.out()).as("stdout of %s", dir).isEqualTo(read(dir.resolve("stdout")));
        assertThat(r.status()).as("status of %s", dir).isEqualTo(Integer.parseInt(read(dir.resolve("status")).strip()));
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    /** Splits like a POSIX shell would for plain words, 'single' and "double" quotes (no expansion). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    cur.append(line.charAt(++i));
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return out;
    }
}
