package amity.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import amity.e2e.Jdk.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        return runWith(Map.of(), launcher, args);
    }

    /** A run with these variables changed (a null value: unset); stderr exactly as written. */
    Result runWith(Map<String, String> env, Path launcher, String... args) throws IOException, InterruptedException {
        return runCommand(env, List.of(launcher.toString()), args);
    }

    Result runCommand(Map<String, String> env, List<String> command, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder pb = launcher(new ArrayList<>(command));
        boolean options = env.keySet().stream().anyMatch(k -> k.endsWith("_OPTIONS"));
        if (options) {
            // The JVM options under test alone, not the ones this suite may run with.
            pb.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        }
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        pb.command().addAll(List.of(args));
        Path out = home.resolve("out");
        Path err = home.resolve("err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        return new Result(Files.readString(out, StandardCharsets.UTF_8),
                options ? stderr : Jdk.amitysOwn(stderr), p.exitValue());
    }

    @Test
    void versionIsExactlyOneLineOnStdoutEvenWhileTheArchiveIsMade() throws Exception {
        Result first = run(LAUNCHER, "--version");
        Result second = run(LAUNCHER, "--version");
        assertThat(first.out()).isEqualTo("amity 0.1.0\n");
        assertThat(second.out()).isEqualTo("amity 0.1.0\n");
        assertThat(first.err()).isEmpty();
        assertThat(second.err()).isEmpty();
        // One archive, the mark of when it was made and its slot's stamp (AMITY_JAVA is given: no
        // remembered JDK). On JDK 25 a run without a command word has a small archive of its own
        // (amity-SLOT.short.aot).
        List<String> names = cacheFiles();
        String archive = "amity-(\\d+)(\\.short\\.aot|\\.jsa)";
        assertThat(names).hasSize(3);
        String slot = names.stream().filter(n -> n.matches(archive)).findFirst().orElseThrow().replaceAll(archive, "$1");
        assertThat(names).filteredOn(n -> n.matches(archive)).hasSize(1);
        assertThat(names).contains("amity-" + slot + ".stamp").anyMatch(n -> n.matches(archive + "\\.made"));
    }

    /** The regular files in this test's cache folder, by name. */
    List<String> cacheFiles() throws IOException {
        try (var files = Files.list(home.resolve("cache/amity"))) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The archives in this test's cache folder. */
    List<Path> archives() throws IOException {
        try (var files = Files.list(home.resolve("cache/amity"))) {
            return files.filter(f -> f.getFileName().toString().matches("amity-\\d+(\\.short)?\\.(aot|jsa)")).sorted()
                    .toList();
        }
    }

    /**
     * A second checkout of the same commit: bin/amity, the jar (its time kept), pom.xml and data/
     * copied to DIR, as `git clone` and `mvn package` would leave them.
     */
    static Path checkout(Path dir) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        for (String part : List.of("bin/amity", "pom.xml", "target/amity.jar")) {
            Files.createDirectories(dir.resolve(part).getParent());
            Files.copy(root.resolve(part), dir.resolve(part), StandardCopyOption.COPY_ATTRIBUTES);
        }
        try (var data = Files.walk(root.resolve("data"))) {
            for (Path f : data.toList()) {
                Path to = dir.resolve(root.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return dir.resolve("bin/amity");
    }

    static final String CONFLICTS = "amity: note: 3 findings: 3 conflicts (3 acknowledged).\n";

    /** reconcile as CSV: the same bytes whichever checkout, JDK or archive runs it. */
    Result reconcile(Path launcher) throws Exception {
        return run(launcher, "reconcile", "--status", "conflicts", "--fields", "key,status", "--format", "csv");
    }

    /** Two checkouts of one commit share a cache folder: each has its archive, neither disturbs the other. */
    @Test
    void twoCheckoutsOfOneCommitKeepTheirOwnArchives() throws Exception {
        Path first = checkout(home.resolve("first"));
        Path second = checkout(home.resolve("second"));
        Result expected = reconcile(first);
        for (Path launcher : List.of(second, first, second, first)) {
            Result r = reconcile(launcher);
            assertThat(r.out()).isEqualTo(expected.out());
            assertThat(r.err()).as(launcher.toString()).isEqualTo(CONFLICTS);
            assertThat(r.status()).isZero();
        }
        assertThat(cacheFiles()).filteredOn(n -> n.endsWith(".stamp")).hasSize(2);
        assertThat(archives()).hasSize(2);
    }

    /** Alternating JDKs (AMITY_JAVA): each keeps its archive, neither deletes the other's. */
    @Test
    void alternatingJdksKeepTheirOwnArchives() throws Exception {
        Path under = Path.of(Jdk.JAVA).toRealPath();
        Optional<Path> other;
        try (var jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            other = jdks.map(j -> j.resolve("bin/java")).filter(Files::isExecutable).map(j -> {
                try {
                    return j.toRealPath();
                } catch (IOException e) {
                    return j;
                }
            }).filter(j -> !j.equals(under) && jdk17OrNewer(j)).findFirst();
        }
        assumeTrue(other.isPresent(), "a second JDK in /usr/lib/jvm");
        for (String java : List.of(Jdk.JAVA, other.get().toString(), Jdk.JAVA, other.get().toString())) {
            Result r = runWith(Map.of("AMITY_JAVA", java), LAUNCHER, "reconcile", "--status", "conflicts",
                    "--fields", "key,status", "--format", "csv");
            assertThat(r.out()).as(java).contains("dates/beijing-manila,conflicts\n");
            assertThat(Jdk.amitysOwn(r.err())).as(java).isEqualTo(CONFLICTS);
        }
        assertThat(archives()).hasSize(2);
        assertThat(cacheFiles()).filteredOn(n -> n.endsWith(".stamp")).hasSize(2);
    }

    static boolean jdk17OrNewer(Path java) {
        try {
            return Jdk.major(java) >= 17;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A jar with another modification time (touch, a reinstall): the JVM refuses the archive, which is made again. */
    @Test
    void aTouchedJarHasItsArchiveMadeAgain() throws Exception {
        Path launcher = checkout(home.resolve("checkout"));
        reconcile(launcher);
        reconcile(launcher);
        Path jar = home.resolve("checkout/target/amity.jar");
        FileTime was = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(was.toMillis() + 3_600_000));
        for (int i = 0; i < 3; i++) {
            Result r = reconcile(launcher);
            assertThat(r.err()).isEqualTo(CONFLICTS);
            assertThat(r.out()).startsWith("key,status\n").contains("dates/beijing-manila,conflicts\n");
        }
        assertThat(archives()).hasSize(1);
        String stamp = cacheFiles().stream().filter(n -> n.endsWith(".stamp")).findFirst().orElseThrow();
        assertThat(Files.getLastModifiedTime(home.resolve("cache/amity").resolve(stamp))).isEqualTo(Files.getLastModifiedTime(jar));
    }

    /**
     * An archive written to after it was made (one flipped byte): the run's output is as without it,
     * nothing of the JVM's on stdout or stderr, no hs_err file in the working folder, and the archive
     * is made again.
     */
    @ParameterizedTest
    @ValueSource(ints = {100, 1 << 20})
    void aDamagedArchiveIsDiscardedAndMadeAgain(int offset) throws Exception {
        damagedArchiveIsMadeAgain(offset, false);
    }

    /**
     * The same damage with the archive's time put back, so that only the JVM can tell: on JDK 25 it
     * refuses the archive (a flipped byte in the header) or crashes with it (one in its classes);
     * the launcher sees either, runs the command again without it and makes it again. (JDK 17 reads
     * these bytes without noticing.)
     */
    @ParameterizedTest
    @ValueSource(ints = {100, 9000})
    void anArchiveTheJvmRefusesOrCrashesWithIsMadeAgain(int offset) throws Exception {
        assumeTrue(Jdk.major() >= 25, "JDK 25 checks its AOT cache");
        damagedArchiveIsMadeAgain(offset, true);
    }

    void damagedArchiveIsMadeAgain(int offset, boolean timeKept) throws Exception {
        Result expected = reconcile(LAUNCHER);
        reconcile(LAUNCHER);
        Path archive = archives().get(0);
        byte[] bad = Files.readAllBytes(archive);
        bad[offset] ^= (byte) 0xff;
        FileTime made = Files.getLastModifiedTime(archive);
        Files.write(archive, bad);
        if (timeKept) {
            Files.setLastModifiedTime(archive, made);
        }
        for (int i = 0; i < 2; i++) {
            Result r = reconcile(LAUNCHER);
            assertThat(r.out()).isEqualTo(expected.out());
            assertThat(r.err()).isEqualTo(CONFLICTS);
            assertThat(r.status()).isZero();
        }
        try (var files = Files.list(home)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
        assertThat(archives()).hasSize(1);
        assertThat(Arrays.equals(Files.readAllBytes(archives().get(0)), bad)).as("the damaged archive is gone").isFalse();
    }

    /** JVM options of the user's own: a collector of theirs replaces amity's, and the archive still works. */
    @ParameterizedTest
    @ValueSource(strings = {"-XX:+UseG1GC", "-Xshare:off", "-Xmx512m"})
    void javaToolOptionsWithACollectorOrNoSharingRun(String options) throws Exception {
        for (int i = 0; i < 2; i++) {
            Result r = runWith(Map.of("JAVA_TOOL_OPTIONS", options), LAUNCHER, "reconcile", "--status", "conflicts",
                    "--fields", "key,status", "--format", "csv");
            assertThat(r.out()).startsWith("key,status\n").contains("dates/beijing-manila,conflicts\n");
            assertThat(r.err()).isEqualTo("Picked up JAVA_TOOL_OPTIONS: " + options + "\n" + CONFLICTS);
            assertThat(r.status()).isZero();
        }
    }

    /** A JVM that cannot start: exit 70 and one sentence naming the variable, nothing on stdout. */
    @ParameterizedTest
    @CsvSource({"JAVA_TOOL_OPTIONS, -XX:+NoSuchFlag, Unrecognized VM option 'NoSuchFlag'",
            "JDK_JAVA_OPTIONS, -Xnonsense, Unrecognized option: -Xnonsense"})
    void aJvmThatCannotStartNamesTheVariable(String variable, String options, String said) throws Exception {
        Result r = runWith(Map.of(variable, options), LAUNCHER, "--version");
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("amity: the Java VM cannot start with " + variable + "=" + options
                + " (it says: " + said + "); correct or unset " + variable + ".\n");
        assertThat(r.status()).isEqualTo(70);
    }

    /** Without HOME (cron, a service): the archive goes to XDG_CACHE_HOME; without either, amity runs without one. */
    @Test
    void homeUnsetStillRuns() throws Exception {
        Map<String, String> noHome = new HashMap<>();
        noHome.put("HOME", null);
        for (int i = 0; i < 2; i++) {
            Result r = runWith(noHome, LAUNCHER, "--version");
            assertThat(r.out()).isEqualTo("amity 0.1.0\n");
            assertThat(r.err()).isEmpty();
            assertThat(r.status()).isZero();
        }
        assertThat(archives()).hasSize(1);
        noHome.put("XDG_CACHE_HOME", null);
        Result r = runWith(noHome, LAUNCHER, "reconcile", "--status", "conflicts", "--fields", "key,status",
                "--format", "csv");
        assertThat(r.out()).contains("dates/beijing-manila,conflicts\n");
        assertThat(r.err()).isEqualTo(CONFLICTS);
        try (var files = Files.list(home)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsOnly("cache", "out", "err");
        }
    }

    /** macOS's /bin/sh is bash 3.2 in POSIX mode; Debian's is dash: the launcher runs under both. */
    @ParameterizedTest
    @ValueSource(strings = {"dash", "bash --posix"})
    void runsUnderDashAndBashPosix(String shell) throws Exception {
        List<String> command = new ArrayList<>(List.of(shell.split(" ")));
        assumeTrue(Files.isExecutable(Path.of("/bin", command.get(0))), command.get(0) + " is installed");
        command.add(LAUNCHER.toString());
        for (int i = 0; i < 2; i++) {
            Result v = runCommand(Map.of(), command, "--version");
            assertThat(v.out()).isEqualTo("amity 0.1.0\n");
            assertThat(v.err()).isEmpty();
            Result r = runCommand(Map.of(), command, "reconcile", "--status", "conflicts", "--fields", "key,status",
                    "--format", "csv");
            assertThat(r.out()).contains("dates/beijing-manila,conflicts\n");
            assertThat(r.err()).isEqualTo(CONFLICTS);
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
