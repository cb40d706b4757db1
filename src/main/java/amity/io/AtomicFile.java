package amity.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

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
            Path folder = target.toAbsolutePath().getParent();
            OutputStream out = null;
            while (out == null) {
                tmp = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(
                        ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
                try {
                    // Created as a shell redirection creates a file: rw-rw-rw- less the umask.
                    out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    out = null;
                }
            }
            // Ctrl-C ends the JVM through its shutdown hooks: this one removes a half-written file.
            tmp.toFile().deleteOnExit();
            try (OutputStream o = out) {
                body.write(o);
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

    /** The replacement gets the permissions of the file it replaces, as writing into it would keep them. */
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
