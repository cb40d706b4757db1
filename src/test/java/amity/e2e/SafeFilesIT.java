package amity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import amity.e2e.Jdk.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bin/amity where a shell decides the surroundings: the umask, a pipe behind /dev/stdout,
 * cron's C locale with a non-ASCII folder name, a closed standard input.
 */
class SafeFilesIT {
    @TempDir
    Path home;

    /** sh -c SCRIPT in this test's folder, with its own cache; $AMITY is the launcher. */
    Result sh(String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", script);
        pb.directory(home.toFile());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().put("AMITY_JAVA", Jdk.JAVA);
        pb.environment().put("AMITY", Jdk.LAUNCHER.toString());
        pb.environment().remove("AMITY_DATA");
        return Jdk.finish(pb.start());
    }

    /** Files amity creates (an --output file, a snapshot) are created as a shell redirection would be. */
    @Test
    void filesAmityCreatesHonourTheUmask() throws Exception {
        Result r = sh("umask 077 && \"$AMITY\" list places --output places.csv --format csv");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("places.csv"))))
                .isEqualTo("rw-------");
        try (var snapshots = Files.list(home.resolve("cache/amity/snapshots"))) {
            for (Path s : snapshots.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(s))).as(s.toString())
                        .isEqualTo("rw-------");
            }
        }
        sh("umask 022 && \"$AMITY\" list places --output open.csv --format csv");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("open.csv"))))
                .isEqualTo("rw-r--r--");
    }

    /** --output /dev/stdout into a pipe writes into the pipe, as README says devices are written. */
    @Test
    void devStdoutIntoAPipeIsWrittenAsItIs() throws Exception {
        Result r = sh("\"$AMITY\" list places --fields id --format csv --output /dev/stdout | head -2");
        assertThat(r.out()).isEqualTo("id\naddis-ababa\n");
        assertThat(r.err()).isEmpty();
    }

    /** Under LC_ALL=C a folder named données reads, and an output named résumé.csv is written. */
    @Test
    void nonAsciiPathsWorkInTheCLocale() throws Exception {
        Path data = Files.createDirectories(home.resolve("données"));
        Files.copy(Path.of("data/places.yaml"), data.resolve("places.yaml"));
        Result r = sh("LC_ALL=C \"$AMITY\" list places --data données --fields id --format csv --output résumé.csv"
                + " && LC_ALL=C \"$AMITY\" check --data données");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("ok: 1 file, 0 sources, 75 places, 0 agreements, 0 programs, 0 figures.\n");
        assertThat(Files.readAllLines(home.resolve("résumé.csv")).get(1)).isEqualTo("addis-ababa");
    }

    /** A closed standard input is an empty one: the shell reads no commands, --data - finds nothing. */
    @Test
    void aClosedStdinIsEmpty() throws Exception {
        Result shell = sh("\"$AMITY\" shell <&-");
        assertThat(shell.out()).isEmpty();
        assertThat(shell.err()).isEmpty();
        assertThat(shell.status()).isZero();
        Result data = sh("\"$AMITY\" check --data - <&-");
        assertThat(data.err()).isEqualTo("amity: <stdin>: --data - was given, but standard input is empty.\n");
        assertThat(data.status()).isEqualTo(66);
        assertThat(sh("\"$AMITY\" check --data /dev/stdin </dev/null").err()).isEqualTo(data.err());
        assertThat(List.of(shell.status(), data.status())).containsExactly(0, 66);
    }
}
