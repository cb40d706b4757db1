package amity.read;

import amity.io.AtomicFile;
import amity.model.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.CRC32C;

/**
 * A checked data set saved in the user's cache folder, so that an unchanged data set loads without
 * parsing YAML or running the checks again. A snapshot is trusted only when its amity version and
 * format match and every data file has the same path, size, modification time and content (CRC-32C)
 * as when it was made; a damaged or foreign snapshot is ignored (a slower run, never a wrong answer).
 * It is written only for data without errors, to a temporary file renamed into place. The folder
 * is the caller's (see {@link DataReader.Request#snapshots}); only {@link DataReader} uses this.
 */
final class Snapshot {
    private static final byte[] MAGIC = "AMITY-SNAPSHOT\n".getBytes(StandardCharsets.US_ASCII);
    /** Bump when {@link SnapshotCodec}'s layout changes. */
    private static final int FORMAT = 2;
    private static final String VERSION = version();

    private Snapshot() {
    }

    /** What a snapshot gives back: the records and the data files' names as messages show them. */
    record Loaded(Dataset dataset, List<String> files) {
    }

    /** A data file as it is now. */
    record Stamp(String path, long size, long modified, long crc) {
    }

    /**
     * The stamps of files already read ({@link DataFiles.Input#loaded}): size and checksum of the
     * very bytes that will be parsed, and the modification time from before they were read.
     */
    static List<Stamp> stamps(List<DataFiles.Input> files) {
        List<Stamp> out = new ArrayList<>();
        for (DataFiles.Input f : files) {
            CRC32C crc = new CRC32C();
            crc.update(f.content());
            out.add(new Stamp(f.file().toUri().toString(), f.content().length, f.modified(), crc.getValue()));
        }
        return out;
    }

    /** The snapshot for exactly these stamps, if a sound one exists. */
    static Optional<Loaded> load(Path folder, List<Stamp> stamps) {
        try {
            byte[] all = Files.readAllBytes(file(folder, stamps));
            byte[] header = header(stamps);
            int body = header.length;
            if (all.length < body + Long.BYTES || !Arrays.equals(all, 0, body, header, 0, body)) {
                return Optional.empty();
            }
            CRC32C crc = new CRC32C();
            crc.update(all, body, all.length - body - Long.BYTES);
            if (crc.getValue() != ByteBuffer.wrap(all, all.length - Long.BYTES, Long.BYTES).getLong()) {
                return Optional.empty();
            }
            ByteBuffer in = ByteBuffer.wrap(all, body, all.length - body - Long.BYTES).slice();
            SnapshotCodec.In.Read r = new SnapshotCodec.In(in).dataset();
            return in.remaining() == 0 ? Optional.of(new Loaded(r.dataset(), r.files())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // BufferUnderflowException and friends included: a damaged snapshot is only ignored.
            return Optional.empty();
        }
    }

    /** Saves a checked data set for these stamps; a cache that cannot be written is only skipped. */
    static void save(Path folder, List<Stamp> stamps, Dataset data, List<String> files) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            bytes.write(header(stamps));
            int body = bytes.size();
            DataOutputStream out = new DataOutputStream(bytes);
            new SnapshotCodec.Out(out).dataset(data, files);
            out.flush();
            byte[] all = bytes.toByteArray();
            CRC32C crc = new CRC32C();
            crc.update(all, body, all.length - body);
            Files.createDirectories(folder);
            AtomicFile.write(file(folder, stamps), o -> {
                o.write(all);
                o.write(ByteBuffer.allocate(Long.BYTES).putLong(crc.getValue()).array());
            });
        } catch (IOException | RuntimeException e) {
            // A read-only or full cache folder only means the next run parses the YAML again.
        }
    }

    /** One snapshot per set of data files: named by a digest of their paths and amity's version. */
    static Path file(Path folder, List<Stamp> stamps) {
        StringBuilder sb = new StringBuilder(VERSION);
        for (Stamp s : stamps) {
            sb.append('\n').append(s.path());
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(d, 0, 16) + ".snapshot");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Magic, format, amity version and every stamp: a snapshot is used only when all are equal. */
    private static byte[] header(List<Stamp> stamps) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.write(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(VERSION);
        out.writeInt(stamps.size());
        for (Stamp s : stamps) {
            byte[] path = s.path().getBytes(StandardCharsets.UTF_8);
            out.writeInt(path.length);
            out.write(path);
            out.writeLong(s.size());
            out.writeLong(s.modified());
            out.writeLong(s.crc());
        }
        out.flush();
        return b.toByteArray();
    }

    /**
     * The build's digest (a checksum of its classes and bundled data, computed when it was built),
     * else amity's version, the codec's own bytes and the shapes it writes: a snapshot from another
     * build is never read, however its version is called.
     */
    private static String version() {
        Properties p = new Properties();
        CRC32C codec = new CRC32C();
        String build = "";
        try (InputStream in = Snapshot.class.getResourceAsStream("/amity/version.properties");
                InputStream c = Snapshot.class.getResourceAsStream("SnapshotCodec.class");
                InputStream d = Snapshot.class.getResourceAsStream("/amity/build.digest")) {
            if (in != null) {
                p.load(in);
            }
            if (c != null) {
                codec.update(c.readAllBytes());
            }
            if (d != null) {
                build = new String(d.readAllBytes(), StandardCharsets.US_ASCII).strip();
            }
            codec.update(SnapshotCodec.layout().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // an unknown version never matches a snapshot's
        }
        return p.getProperty("version", "unknown") + "/" + FORMAT + "/" + Long.toHexString(codec.getValue()) + "/"
                + build;
    }
}
