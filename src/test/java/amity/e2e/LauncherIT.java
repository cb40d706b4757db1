package amity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import amity.e2e.Jdk.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real bin/amity on the shipped data, run as a user would, after `mvn package` built the jar:
 * from another folder, through a symlink, with a fresh startup-archive cache, on the JDK under test
 * (AMITY_JAVA, see {@link Jdk}).
 */
class LauncherIT {
    static final Path LAUNCHER = Jdk.LAUNCHER;

    @TempDir
    Path home;

    /** The launcher's surroundings: this test's cache folder and JDK, no data or colour settings. */
    ProcessBuilder launcher(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(home.toFile());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().put("AMITY_JAVA", Jdk.JAVA);
        pb.environment().remove("AMITY_DATA");
        pb.environment().remove("NO_COLOR");
        return pb;
    }

    Result run(Path launcher, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = launcher(new ArrayList<>(List.of(launcher.toString())));
        pb.command().addAll(List.of(args));
        Path out = home.resolve("out");
        Path err = home.resolve("err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(Files.readString(out, StandardCharsets.UTF_8),
                Jdk.amitysOwn(Files.readString(err, StandardCharsets.UTF_8)), p.exitValue());
    }

    @Test
    void versionIsExactlyOneLineOnStdoutEvenWhileTheArchiveIsMade() throws Exception {
        Result first = run(LAUNCHER, "--version");
        Result second = run(LAUNCHER, "--version");
        assertThat(first.out()).isEqualTo("amity 0.1.0\n");
        assertThat(second.out()).isEqualTo("amity 0.1.0\n");
        assertThat(first.err()).isEmpty();
        assertThat(second.err()).isEmpty();
        try (var files = Files.list(home.resolve("cache/amity"))) {
            // One archive, beside what the launcher remembers (the archive's key, the JDK it chose) and
            // the snapshots folder the training run's reads leave.
            // On JDK 25 a run without a command word has a small archive of its own (amity-KEY.short.aot).
            List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
            String archive = "amity-\\d+(\\.short\\.aot|\\.jsa)";
            assertThat(names).filteredOn(n -> n.matches(archive)).hasSize(1);
            assertThat(names).filteredOn(n -> !n.matches(archive)).isSubsetOf("key", "java");
        }
    }

    @Test
    void aRememberedArchiveKeyOlderThanTheJarIsWorkedOutAgain() throws Exception {
        run(LAUNCHER, "--version");
        Path key = home.resolve("cache/amity/key");
        List<String> remembered = Files.readAllLines(key);
        Files.write(key, List.of(remembered.get(0), "12345"));
        Files.setLastModifiedTime(key, java.nio.file.attribute.FileTime.fromMillis(0));
        Result again = run(LAUNCHER, "--version");
        assertThat(again.out()).isEqualTo("amity 0.1.0\n");
        assertThat(again.err()).isEmpty();
        assertThat(Files.readAllLines(key)).isEqualTo(remembered);
        try (var files = Files.list(home.resolve("cache/amity"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.matches("amity-" + remembered.get(1) + "(\\.short\\.aot|\\.jsa)"));
        }
    }

    /** A data command and a run without one each get their archive (one on JDK 17), and both are kept. */
    @Test
    void aDataCommandAndVersionKeepTheirOwnArchives() throws Exception {
        run(LAUNCHER, "--version");
        Result rec = run(LAUNCHER, "reconcile");
        assertThat(rec.err()).isEmpty();
        run(LAUNCHER, "--version");
        try (var files = Files.list(home.resolve("cache/amity"))) {
            List<String> archives = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("amity-\\d+(\\.short)?\\.(aot|jsa)")).sorted().toList();
            if (archives.get(0).endsWith(".jsa")) {
                assertThat(archives).hasSize(1);
            } else {
                assertThat(archives).hasSize(2);
                assertThat(archives.get(1)).isEqualTo(archives.get(0).replace(".aot", ".short.aot"));
            }
        }
    }

    @Test
    void reconcileRunsOnTheShippedDataFromAnyFolderThroughASymlink() throws Exception {
        Path link = home.resolve("amity-link");
        Files.createSymbolicLink(link, LAUNCHER);
        Result r = run(link, "reconcile", "--status", "conflicts", "--fields", "key,status", "--format", "csv");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("key,status\n").contains("dates/beijing-manila,conflicts\n");
        assertThat(r.err()).isEqualTo("amity: note: 3 findings: 3 conflicts (3 acknowledged).\n");
    }

    /**
     * A reader that stops early (head) or never reads (true, gone before amity writes a byte): amity
     * ends with status 0 and nothing on stderr. The shell writes amity's own status to a file.
     */
    @ParameterizedTest
    @CsvSource({"head -1, 'id '", "true, ''"})
    void aClosedStdoutEndsTheRunQuietly(String reader, String starts) throws Exception {
        Path status = home.resolve("status");
        ProcessBuilder pb = launcher(List.of("sh", "-c", "{ '" + LAUNCHER + "' list agreements; echo $? >'" + status
                + "'; } | " + reader));
        Result r = Jdk.finish(pb.start());
        assertThat(r.out()).startsWith(starts).doesNotContain("Exception");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(Files.readString(status)).as("amity's exit status").isEqualTo("0\n");
    }
}
