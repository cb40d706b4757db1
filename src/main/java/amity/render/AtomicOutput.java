package amity.render;

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

    public static void write(Path target, List<Path> protectedPaths, Body body) throws IOException, Refused {
        Path abs = target.toAbsolutePath().normalize();
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
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
