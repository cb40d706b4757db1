package amity.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import amity.e2e.Jdk.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exit status in the README's table, through the real entry point: the built jar in its own
 * JVM (and bin/amity for the launcher's own status), on the JDK {@link Jdk#JAVA} names. Permission
 * cases run as user 'nobody' through setpriv when the tests run as root, since root reads and
 * writes everything.
 */
class ExitCodesIT {
    static final Path JAR = Jdk.JAR;
    static final String JAVA = Jdk.JAVA;

    @TempDir
    Path dir;

    @BeforeEach
    void openTheFolder() throws IOException {
        // 'nobody' must reach the folder and what it holds.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    Result amity(List<String> prefix, String stdin, String... args) throws Exception {
        return amity(JAR, Path.of("").toAbsolutePath(), prefix, stdin, args);
    }

    /**
     * The jar run as 'nobody' (see {@link #unprivileged}): a copy in the temporary folder, run from
     * there, since the checkout may sit in a folder only its owner can enter.
     */
    Result amityUnprivileged(String... args) throws Exception {
        return amity(Jdk.readableJar(dir), dir, unprivileged(), null, args);
    }

    Result amity(Path jar, Path from, List<String> prefix, String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(JAVA, "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(from.toFile());
        pb.environment().remove("AMITY_DATA");
        Process p = pb.start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        return finish(p);
    }

    Result amity(String... args) throws Exception {
        return amity(List.of(), null, args);
    }

    static Result finish(Process p) throws Exception {
        return Jdk.finish(p);
    }

    /** Runs as 'nobody' when we are root; as ourselves otherwise. */
    List<String> unprivileged() throws Exception {
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        id.waitFor();
        if (!uid.equals("0")) {
            return List.of();
        }
        assumeThat(Path.of("/usr/bin/setpriv")).as("setpriv, to drop root's privileges").exists();
        return List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
    }

    @Test
    void zeroOnSuccess() throws Exception {
        Result r = amity("--version");
        assertThat(r.out()).isEqualTo("amity 0.1.0\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void aCopiedJarReadsTheDataItBundlesNotAnUnrelatedDataFolderNearIt() throws Exception {
        Path near = Files.createDirectories(dir.resolve("data"));
        Files.writeString(near.resolve("unrelated.yaml"), "places:\n  - {id: x, name: [unclosed\n");
        Path copy = Files.createDirectories(dir.resolve("bin"));
        Path jar = Files.copy(JAR, copy.resolve("amity.jar"));
        Result r = amity(jar, dir, List.of(), null, "check");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("ok: ");
        assertThat(r.status()).isZero();
    }

    @Test
    void oneWhenAQueryWithFailIfEmptyMatchesNothing() throws Exception {
        Result r = amity("filter", "agreements", "signed < 1900", "--fail-if-empty");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void twoOnAUsageError() throws Exception {
        Result r = amity("list", "agreements", "--colour");
        assertThat(r.err()).startsWith("amity: Unknown option: '--colour'");
        assertThat(r.status()).isEqualTo(2);
    }

    @Test
    void sixtyFiveOnDataErrors() throws Exception {
        Result r = amity("check", "--data", "src/test/resources/broken/033-negative-count.yaml");
        assertThat(r.err()).endsWith("amity: 1 error in 1 file.\n");
        assertThat(r.status()).isEqualTo(65);
    }

    @Test
    void sixtySixOnAMissingOrUnreadablePath() throws Exception {
        Result missing = amity("check", "--data", "no/such/folder");
        assertThat(missing.err()).isEqualTo("amity: no/such/folder: no such file or folder.\n");
        assertThat(missing.status()).isEqualTo(66);

        // A file no one may read, in the temporary folder the unprivileged run works in.
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "places: []\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Result r = amityUnprivileged("check", "--data", "secret.yaml");
        assertThat(r.err()).isEqualTo("amity: secret.yaml: cannot be read: permission denied.\n");
        assertThat(r.status()).isEqualTo(66);
    }

    @Test
    void sixtySixOnEmptyStandardInput() throws Exception {
        Result r = amity(List.of(), "", "list", "places", "--data", "-");
        assertThat(r.err()).isEqualTo("amity: <stdin>: --data - was given, but standard input is empty.\n");
        assertThat(r.status()).isEqualTo(66);
    }

    @Test
    void sixtyNineWhenTheLauncherFindsNoJava() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Jdk.LAUNCHER.toString(), "--version");
        pb.environment().put("AMITY_JAVA", "/nonexistent/bin/java");
        Result r = finish(pb.start());
        assertThat(r.err()).isEqualTo("amity: AMITY_JAVA=/nonexistent/bin/java is not a Java 17 or newer; point it "
                + "at a JDK's bin/java, or unset it.\n");
        assertThat(r.status()).isEqualTo(69);
    }

    @Test
    void seventyWhenMemoryRunsOut() throws Exception {
        Path big = dir.resolve("big.yaml");
        StringBuilder sb = new StringBuilder("places:\n");
        for (int i = 0; i < 200_000; i++) {
            sb.append("  - {id: p").append(i).append(", name: Place ").append(i).append(", country: FR, level: city}\n");
        }
        Files.writeString(big, sb);
        ProcessBuilder pb = new ProcessBuilder(JAVA, "-Xmx24m", "-XX:-UsePerfData", "-jar", JAR.toString(), "check",
                "--data", big.toString());
        Result r = finish(pb.start());
        assertThat(r.err()).matches("amity: out of memory: the data needs more than the \\d+ MiB Java may use; "
                + "give it more, e.g. JAVA_TOOL_OPTIONS=-Xmx4g.\n");
        assertThat(r.status()).isEqualTo(70);
    }

    @Test
    void seventyFourWhenTheDiskIsFull() throws Exception {
        assumeThat(Path.of("/dev/full")).exists();
        Result r = amity("list", "agreements", "--output", "/dev/full");
        assertThat(r.err()).isEqualTo("amity: cannot write /dev/full: no space left on device.\n");
        assertThat(r.status()).isEqualTo(74);

        ProcessBuilder pb = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "list", "agreements");
        pb.redirectOutput(new java.io.File("/dev/full"));
        Result stdout = finish(pb.start());
        assertThat(stdout.err()).isEqualTo("amity: cannot write the output: no space left on device; it is "
                + "incomplete.\n");
        assertThat(stdout.status()).isEqualTo(74);
    }

    @Test
    void seventyFourInAReadOnlyFolderLeavesTheEarlierFileIntact() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path earlier = Files.writeString(ro.resolve("out.csv"), "earlier\n");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        Result r = amityUnprivileged("list", "agreements", "--output", earlier.toString());
        assertThat(r.err()).isEqualTo("amity: cannot write " + earlier + ": permission denied; nothing was "
                + "written, and the earlier " + earlier + " is as it was.\n");
        assertThat(r.status()).isEqualTo(74);
        assertThat(Files.readString(earlier)).isEqualTo("earlier\n");
    }

    @Test
    void oneThirtyOnCtrlCWithoutAStackTrace() throws Exception {
        // amity waits on an open, silent stdin, then gets SIGINT as Ctrl-C would send it. A build
        // started in the background inherits SIGINT ignored, which the JVM keeps: GNU env resets it.
        List<String> cmd = new ArrayList<>();
        if (sigintIgnored()) {
            assumeThat(Path.of("/usr/bin/env")).exists();
            cmd.addAll(List.of("/usr/bin/env", "--default-signal=INT"));
        }
        cmd.addAll(List.of(JAVA, "-jar", JAR.toString(), "list", "places", "--data", "-"));
        Process p = new ProcessBuilder(cmd).start();
        while (p.isAlive() && !Files.readString(Path.of("/proc/" + p.pid() + "/cmdline")).contains("amity.jar")) {
            Thread.sleep(50);
        }
        Thread.sleep(1000);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        Result r = finish(p);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("at amity.");
        assertThat(r.out()).isEmpty();
        assertThat(r.status()).isEqualTo(130);
    }

    /** Whether this JVM (and so what it starts) has SIGINT ignored: SigIgn in /proc/self/status. */
    static boolean sigintIgnored() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring("SigIgn:".length()).strip(), 16) & (1L << (2 - 1))) != 0;
            }
        }
        return false;
    }
}
