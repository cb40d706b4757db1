package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs too large or too odd to commit (the corpus under src/test/resources/broken holds
 * the rest): made here, each with its exact message and exit status.
 */
class GeneratedInputTest {
    @TempDir
    Path dir;

    @Test
    void aFiftyMegabyteFileLoads() throws IOException {
        Path big = dir.resolve("big.yaml");
        int n = 0;
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("places:\n");
            long written = 0;
            while (written < 50L * 1024 * 1024) {
                String place = "  - id: p" + n + "\n    name: \"Place " + n + " — Ciudad de Méjico 東京都 "
                        + "x".repeat(40) + "\"\n    country: MX\n    level: city\n";
                w.write(place);
                written += place.getBytes(StandardCharsets.UTF_8).length;
                n++;
            }
        }
        assertThat(Files.size(big)).isGreaterThan(50L * 1024 * 1024);
        Run r = Run.of("check", "--data", big.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("ok: 1 file, 0 sources, " + n + " places, 0 agreements, 0 programs, "
                + "0 figures.\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void aFileOverOneGibibyteIsRefusedUnread() throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength((1L << 30) + 1); // sparse: takes no disk
        }
        Run r = Run.of("check", "--data", huge.toString());
        assertThat(r.err()).isEqualTo("amity: " + huge + ": the file holds more than 1 GiB, the most one data file "
                + "may hold; split it into several files.\n");
        assertThat(r.status()).isEqualTo(66);
    }

    @Test
    void aSymbolicLinkLoopIsNamed() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("a.yaml"), "places: []\n");
        Path loop = Files.createSymbolicLink(data.resolve("again"), data);
        Run r = Run.of("check", "--data", data.toString());
        assertThat(r.err()).isEqualTo("amity: " + loop + ": a symbolic link loop (it leads back to a folder that "
                + "contains it); remove the link or point --data below it.\n");
        assertThat(r.status()).isEqualTo(66);
    }

    @Test
    void linkedFoldersAreFollowedAndHiddenFilesSkipped() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("places.yaml"), "places:\n  - {id: rome, name: Rome, country: IT, "
                + "level: city}\n");
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.createSymbolicLink(data.resolve("linked"), elsewhere);
        Files.writeString(data.resolve(".#places.yaml"), "not: [yaml");
        Run r = Run.of("check", "--data", data.toString());
        assertThat(r.out()).isEqualTo("ok: 1 file, 0 sources, 1 place, 0 agreements, 0 programs, 0 figures.\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void aLinkToAMissingFileIsNamed() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("a.yaml"), "places: []\n");
        Path dangling = Files.createSymbolicLink(data.resolve("b.yaml"), dir.resolve("moved.yaml"));
        Run r = Run.of("check", "--data", data.toString());
        assertThat(r.err()).isEqualTo("amity: " + dangling + ": cannot be read: a symbolic link to a missing file.\n");
        assertThat(r.status()).isEqualTo(66);
        Run direct = Run.of("check", "--data", dangling.toString());
        assertThat(direct.err()).isEqualTo("amity: " + dangling + ": a symbolic link to a missing file or folder.\n");
        assertThat(direct.status()).isEqualTo(66);
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // reading the pipe twice would block forever
    void aPipeIsReadOnceEvenWithSnapshotsOn() throws Exception {
        Path fifo = dir.resolve("places.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "places:\n  - {id: rome, name: Rome, country: IT, level: city}\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Run r = Run.with(java.util.Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()), "", "check", "--data",
                fifo.toString());
        writer.join();
        assertThat(r.out()).isEqualTo("ok: 1 file, 0 sources, 1 place, 0 agreements, 0 programs, 0 figures.\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void emptyStandardInputIsAnError() {
        Run r = Run.with(java.util.Map.of(), "", "check", "--data", "-");
        assertThat(r.err()).isEqualTo("amity: <stdin>: --data - was given, but standard input is empty.\n");
        assertThat(r.status()).isEqualTo(66);
    }
}
