package amity.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all, for snapshots and --output alike: to a temporary file in the same
 * folder, synced, then renamed over the target. On failure the target is as it was.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** What writes the content. */
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Replaces {@code target} (in an existing folder) with what {@code body} writes. */
    public static void write(Path target, Body body) throws IOException {
        boolean existed = Files.exists(target);
        Path tmp = null;
        try {
            tmp = temporary(target);
            // Ctrl-C ends the JVM through its shutdown hooks: this one removes a half-written file.
            tmp.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                body.write(out);
            }
            if (existed) {
                keepPermissions(tmp, target);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * A new hidden file beside the target, created as a shell redirection creates one: its permissions
     * are what the umask leaves of rw-rw-rw- (Files.createTempFile would make it rw------- whatever the umask).
     */
    private static Path temporary(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        for (int tries = 0; ; tries++) {
            String random = Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36);
            Path tmp = folder.resolve(prefix(target) + random + ".tmp");
            try {
                Files.newByteChannel(tmp, java.util.EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))
                        .close();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (tries > 100) {
                    throw e;
                }
            }
        }
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /**
     * Removes the temporary files a killed run left beside {@code target} (kill -9 runs no shutdown
     * hook). Only for a caller that holds the folder's lock, so no live run is writing one.
     */
    public static void removeLeftovers(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        String prefix = prefix(target);
        try (var files = Files.newDirectoryStream(folder, f -> f.getFileName().toString().startsWith(prefix)
                && f.getFileName().toString().endsWith(".tmp"))) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** The replaced file's permissions on the file that replaces it. */
    private static void keepPermissions(Path tmp, Path replaced) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(replaced));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // The temporary file is hidden (.name.*.tmp); a failed clean-up must not hide the real error.
            }
        }
    }
}
