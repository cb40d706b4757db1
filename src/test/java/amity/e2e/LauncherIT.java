package amity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bin/amity on the shipped data, run as a user would, after `mvn package` built the jar:
 * from another folder, through a symlink, with a fresh startup-archive cache.
 */
class LauncherIT {
    static final Path LAUNCHER = Path.of("bin/amity").toAbsolutePath();

    @TempDir
    Path home;

    record Result(String out, String err, int status) {
    }

    Result run(Path launcher, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder();
        pb.command().add(launcher.toString());
        pb.command().addAll(List.of(args));
        pb.directory(home.toFile());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().remove("AMITY_DATA");
        pb.environment().remove("NO_COLOR");
        Path out = home.resolve("out");
        Path err = home.resolve("err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                p.exitValue());
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
            // One archive, beside the snapshots folder the training run's reads leave.
            assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList())
                    .singleElement().asString().matches("amity-\\d+\\.(aot|jsa)");
        }
    }

    @Test
    void reconcileRunsOnTheShippedDataFromAnyFolderThroughASymlink() throws Exception {
        Path link = home.resolve("amity-link");
        Files.createSymbolicLink(link, LAUNCHER);
        Result r = run(link, "reconcile", "--status", "conflicts", "--fields", "key,status", "--format", "csv");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("key,status\n").contains("dates/beijing-ottawa,conflicts (acknowledged)\n");
        assertThat(r.err()).isEqualTo("amity: note: 4 findings: 4 conflicts (4 acknowledged).\n");
    }

    @Test
    void aClosedStdoutEndsTheRunQuietly() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "'" + LAUNCHER + "' list agreements | head -1");
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(all).startsWith("id ").doesNotContain("Exception").doesNotContain("Broken pipe");
    }
}
