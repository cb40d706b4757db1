package amity.render;

import amity.io.AtomicFile;
import amity.io.OsReason;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes an --output file whole or not at all (through {@link AtomicFile}), refusing folders and
 * amity's own data files; a device or pipe is written as it is.
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
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs) && !Files.isRegularFile(abs) && !Files.isDirectory(abs)) {
            // A device or a pipe (/dev/stdout, a FIFO) cannot be replaced by a rename: write to it as it is.
            // (/dev/stdout into a pipe is a link to "pipe:[N]", which has no real path to resolve.)
            try (OutputStream out = Files.newOutputStream(abs, StandardOpenOption.WRITE)) {
                text(out, body);
            } catch (IOException e) {
                throw new Failed("cannot write " + target + ": " + OsReason.of(e) + ".");
            }
            return;
        }
        abs = real(abs);
        if (Files.isDirectory(abs)) {
            throw new Refused("cannot write to " + target + ": it is a folder.");
        }
        String name = abs.getFileName().toString();
        for (Path p : protectedPaths) {
            Path q = real(p.toAbsolutePath());
            boolean inside = abs.equals(q) || (abs.startsWith(q) && (name.endsWith(".yaml") || name.endsWith(".yml")));
            if (inside) {
                throw new Refused("refusing to write over " + target + ": it is one of amity's data files.");
            }
        }
        if (!Files.isDirectory(abs.getParent())) {
            throw new Failed("cannot write " + target + ": there is no folder " + abs.getParent() + ".");
        }
        boolean existed = Files.exists(abs);
        try {
            AtomicFile.write(abs, out -> text(out, body));
        } catch (IOException e) {
            throw new Failed("cannot write " + target + ": " + OsReason.of(e) + "; nothing was written"
                    + (existed ? ", and the earlier " + target + " is as it was." : "."));
        }
    }

    /**
     * A path with every component resolved (symbolic links in its folders too, and the last one when
     * it exists: the file a link points at is replaced, not the link); as far as it exists.
     */
    static Path real(Path abs) {
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            Path parent = abs.getParent();
            return parent == null || abs.getFileName() == null ? abs.normalize()
                    : real(parent).resolve(abs.getFileName().toString()).normalize();
        }
    }

    /** Writes the body as UTF-8, failing on the first error even where a PrintWriter swallowed it. */
    private static void text(OutputStream out, Body body) throws IOException {
        // An encoder that reports, as Files.newBufferedWriter's does: a lone surrogate is an error, not '?'.
        Catching w = new Catching(new BufferedWriter(new OutputStreamWriter(out,
                StandardCharsets.UTF_8.newEncoder())));
        body.write(w);
        w.check();
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
