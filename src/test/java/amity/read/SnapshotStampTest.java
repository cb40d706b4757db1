package amity.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot's stamp is of the bytes that were parsed: a file that changes after it was read (and
 * is put back with its old time) cannot leave a snapshot whose stamp says it holds the new bytes.
 */
class SnapshotStampTest {
    @TempDir
    Path dir;

    @Test
    void theStampIsOfTheBytesReadNotOfTheFileNow() throws Exception {
        Path f = Files.writeString(dir.resolve("places.yaml"), "places: []\n");
        DataFiles.Input read = new DataFiles.Input("places.yaml", f, null).loaded();
        long time = Files.getLastModifiedTime(f).toMillis();
        Files.writeString(f, "places: [] # changed while the run parsed the first bytes\n");
        Snapshot.Stamp stamp = Snapshot.stamps(List.of(read)).get(0);
        CRC32C crc = new CRC32C();
        crc.update("places: []\n".getBytes(StandardCharsets.UTF_8));
        assertThat(stamp).isEqualTo(new Snapshot.Stamp(f.toUri().toString(), 11, time, crc.getValue()));
        assertThat(read.bytes()).isEqualTo("places: []\n".getBytes(StandardCharsets.UTF_8));
    }
}
