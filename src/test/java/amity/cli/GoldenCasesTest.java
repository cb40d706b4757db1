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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every case under src/test/cases: a folder {@code VERB/NNNN-what-it-shows} holding {@code cmd}
 * (the arguments, shell-quoted), optional {@code stdin}, {@code env} (NAME=value lines) and {@code data/}
 * (the case's own data set, beside its expectation: the run reads it through AMITY_DATA unless
 * {@code env} names another), and the expected {@code stdout}, {@code stderr} and {@code status}, all
 * three required. After a deliberate change, {@code mvn test -Dtest=GoldenCasesTest -Damity.update=true}
 * rewrites the expectations (review them with git diff); a normal run only compares.
 */
class GoldenCasesTest {
    static final Path CASES = Path.of("src/test/cases");
    static final List<String> EXPECTED = List.of("stdout", "stderr", "status");
    static final Set<String> ALLOWED = Set.of("cmd", "stdin", "env", "data", "stdout", "stderr", "status");
    /** A case's folder name: its number, then a few words saying what it shows. */
    static final Pattern NAME = Pattern.compile("(\\d{3,4})-[a-z0-9]+(?:-[a-z0-9]+)*");

    static List<Path> caseFolders(Path root) throws IOException {
        try (Stream<Path> verbs = Files.list(root)) {
            List<Path> out = new ArrayList<>();
            for (Path verb : verbs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> cases = Files.list(verb)) {
                    out.addAll(cases.sorted().toList());
                }
            }
            return out;
        }
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        return caseFolders(CASES).stream().filter(Files::isDirectory)
                .map(dir -> DynamicTest.dynamicTest(CASES.relativize(dir).toString(), () -> run(dir)));
    }

    @Test
    void everyCaseHasAUniqueNumberAndOnlyTheFilesACaseHolds() throws IOException {
        assertThat(misfiled(CASES)).isEmpty();
    }

    @Test
    void aTakenNumberAStrayFileAndAFolderWithoutCmdAreSeen(@TempDir Path root) throws IOException {
        for (String c : List.of("list/0001-one", "list/0001-other", "list/0002-two", "list/3-short", "list/0004-x")) {
            Files.createDirectories(root.resolve(c));
        }
        for (String c : List.of("list/0001-one", "list/0001-other", "list/0002-two", "list/3-short")) {
            Files.writeString(root.resolve(c).resolve("cmd"), "list\n");
        }
        Files.writeString(root.resolve("list/0002-two/stdou"), "");
        Files.writeString(root.resolve("list/stdout"), "");
        assertThat(misfiled(root)).containsExactly(
                "list/0001-other: number taken by 0001-one",
                "list/0002-two/stdou: a case holds only [cmd, data, env, status, stderr, stdin, stdout]",
                "list/0004-x: no cmd",
                "list/3-short: not a case folder named NNNN-what-it-shows",
                "list/stdout: not a case folder named NNNN-what-it-shows");
    }

    /** What is wrong with the case folders under {@code root}: names, numbers taken twice, files. */
    static List<String> misfiled(Path root) throws IOException {
        List<String> wrong = new ArrayList<>();
        Map<String, String> numbers = new HashMap<>();
        for (Path dir : caseFolders(root)) {
            String where = root.relativize(dir).toString();
            String name = dir.getFileName().toString();
            Matcher m = NAME.matcher(name);
            if (!Files.isDirectory(dir) || !m.matches()) {
                wrong.add(where + ": not a case folder named NNNN-what-it-shows");
                continue;
            }
            String before = numbers.put(dir.getParent().getFileName() + "/" + m.group(1), name);
            if (before != null) {
                wrong.add(where + ": number taken by " + before);
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String file = f.getFileName().toString();
                    if (!ALLOWED.contains(file) || file.equals("data") != Files.isDirectory(f)) {
                        wrong.add(root.relativize(f) + ": a case holds only " + new TreeSet<>(ALLOWED));
                    }
                }
            }
            if (!Files.isRegularFile(dir.resolve("cmd"))) {
                wrong.add(where + ": no cmd");
            }
        }
        return wrong;
    }

    private static void run(Path dir) throws IOException {
        List<String> args = split(read(dir.resolve("cmd")).strip());
        String stdin = Files.exists(dir.resolve("stdin")) ? read(dir.resolve("stdin")) : "";
        Map<String, String> env = new HashMap<>();
        if (Files.isDirectory(dir.resolve("data"))) {
            env.put("AMITY_DATA", dir.resolve("data").toString());
        }
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
        for (String expected : EXPECTED) {
            assertThat(dir.resolve(expected)).as("%s has its expected %s (an empty file when none)", dir, expected)
                    .isRegularFile();
        }
        assertThat(r.err()).as("stderr of %s", dir).isEqualTo(read(dir.resolve("stderr")));
        assertThat(r.out()).as("stdout of %s", dir).isEqualTo(read(dir.resolve("stdout")));
        assertThat(r.status()).as("status of %s", dir).isEqualTo(Integer.parseInt(read(dir.resolve("status")).strip()));
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
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
