package amity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * What the end-to-end tests share: the JDK under test ($AMITY_JAVA when set, and bin/amity is given
 * the same one; else the JDK running the tests), a run's output as amity wrote it, and a copy of
 * the jar that any user can read.
 */
final class Jdk {
    static final String JAVA = java();
    static final Path JAR = Path.of("target/amity.jar").toAbsolutePath();
    static final Path LAUNCHER = Path.of("bin/amity").toAbsolutePath();

    private Jdk() {
    }

    private static String java() {
        String named = System.getenv("AMITY_JAVA");
        if (named != null && !named.isEmpty()) {
            assertThat(Path.of(named)).as("AMITY_JAVA, the JDK under test").isExecutable();
            return named;
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The JDK under test's major version, from its release file. */
    static int major() throws IOException {
        return major(Path.of(JAVA));
    }

    /** A java executable's major version, from its JDK's release file. */
    static int major(Path java) throws IOException {
        Path release = java.toRealPath().getParent().getParent().resolve("release");
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith("JAVA_VERSION=\"")) {
                return Integer.parseInt(line.substring("JAVA_VERSION=\"".length()).split("[^0-9]")[0]);
            }
        }
        throw new IllegalStateException("no JAVA_VERSION in " + release);
    }

    record Result(String out, String err, int status) {
    }

    /** Waits for a process; its stderr without the line the JVM itself adds (see {@link #amitysOwn}). */
    static Result finish(Process p) throws Exception {
        var err = p.getErrorStream();
        byte[][] got = new byte[2][];
        Thread t = new Thread(() -> {
            try {
                got[1] = err.readAllBytes();
            } catch (IOException e) {
                got[1] = new byte[0];
            }
        });
        t.start();
        got[0] = p.getInputStream().readAllBytes();
        t.join();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(new String(got[0], StandardCharsets.UTF_8),
                amitysOwn(new String(got[1], StandardCharsets.UTF_8)), p.exitValue());
    }

    /**
     * A JVM started with JAVA_TOOL_OPTIONS set says so first on stderr; exactly that one line is
     * not amity's. Anything else stays, so exact assertions still see every other byte.
     */
    static String amitysOwn(String stderr) {
        String options = System.getenv("JAVA_TOOL_OPTIONS");
        String line = "Picked up JAVA_TOOL_OPTIONS: " + options + "\n";
        return options != null && stderr.startsWith(line) ? stderr.substring(line.length()) : stderr;
    }

    /**
     * The jar copied to DIR/lib/amity.jar, readable by every user (the checkout may sit in a folder
     * only its owner can enter); outside a checkout it reads the data it bundles.
     */
    static Path readableJar(Path dir) throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.copy(JAR, lib.resolve("amity.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        return jar;
    }
}
