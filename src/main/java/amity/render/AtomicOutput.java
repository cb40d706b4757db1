package amity.render;

import amity.read.OsReason;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes an --output file whole or not at all: to a temporary file in the same folder, synced, then
 * renamed over the target. Refuses to write over amity's own data files.
 */
public final class AtomicOutput {
    private AtomicOutput() {
    }

    /** What writes the content. */
    public interface Body {
        void write(Writer w) throws IOException;
    }

    /** A target amity will not write. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /** The output could not be written; the message says why and what is left on disk. */
    public static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    public static void write(Path target, List<Path> protectedPaths, Body body) throws Refused, Failed {
        Path abs = target.toAbsolutePath().normalize();
        try {
            // Through a symbolic link, the file it points at is replaced, not the link.
            abs = Files.isSymbolicLink(abs) && Files.exists(abs) ? abs.toRealPath() : abs;
        } catch (IOException e) {
            throw new Failed("cannot write " + target + ": " + OsReason.of(e) + ".");
        }
        if (Files.isDirectory(abs)) {
            throw new Refused("cannot write to " + target + ": it is a folder.");
        }
        String name = abs.getFileName().toString();
        for (Path p : protectedPaths) {
            Path q = p.toAbsolutePath().normalize();
            boolean inside = abs.equals(q) || (abs.startsWith(q) && (name.endsWith(".yaml") || name.endsWith(".yml")));
            if (inside) {
                throw new Refused("refusing to write over " + target + ": it is one of amity's data files.");
            }
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            // A device or a pipe (/dev/stdout, a FIFO) cannot be replaced by a rename: write to it as it is.
            try (Catching w = new Catching(Files.newBufferedWriter(abs, StandardCharsets.UTF_8,
                    StandardOpenOption.WRITE))) {
                body.write(w);
                w.check();
            } catch (IOException e) {
                throw new Failed("cannot write " + target + ": " + OsReason.of(e) + ".");
            }
            return;
        }
        if (!Files.isDirectory(abs.getParent())) {
            throw new Failed("cannot write " + target + ": there is no folder " + abs.getParent() + ".");
        }
        boolean existed = Files.exists(abs);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(abs.getParent(), "." + name + ".", ".tmp");
            // Ctrl-C ends the JVM through its shutdown hooks: this one removes a half-written file.
            tmp.toFile().deleteOnExit();
            try (Catching w = new Catching(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
                body.write(w);
                w.check();
            }
            keepPermissions(tmp, existed ? abs : null);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new Failed("cannot write " + target + ": " + OsReason.of(e) + "; nothing was written"
                    + (existed ? ", and the earlier " + target + " is as it was." : "."));
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * A temporary file is private (rw-------): give it the permissions of the file it replaces, or
     * rw-r--r-- for a new one, as a shell redirection would.
     */
    private static void keepPermissions(Path tmp, Path replaced) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, replaced != null ? Files.getPosixFilePermissions(replaced)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
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

    /**
     * Keeps the first write error: the PrintWriter a body writes through swallows IOExceptions, so
     * without this a full disk would leave a silently truncated file.
     */
    private static final class Catching extends FilterWriter {
        private IOException first;

        Catching(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            try {
                super.write(c);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            try {
                super.write(cbuf, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            try {
                super.write(str, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                super.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        private IOException keep(IOException e) {
            if (first == null) {
                first = e;
            }
            return e;
        }

        /** Flushes, then throws the first error any write met, even one a PrintWriter swallowed. */
        void check() throws IOException {
            flush();
            if (first != null) {
                throw first;
            }
        }
    }
}
