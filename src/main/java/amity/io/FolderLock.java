package amity.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The data folders an import writes into, locked for its whole read-match-write (an OS lock on a
 * hidden {@code .amity.lock} in each, which the data reader skips): a second import waits for the
 * first, then sees what it wrote. The OS releases the locks when a run ends, however it ends.
 */
public final class FolderLock implements AutoCloseable {
    /** The lock file's name in each folder. */
    public static final String NAME = ".amity.lock";

    private final List<FileChannel> channels = new ArrayList<>();

    private FolderLock() {
    }

    /** A folder that another run of this same program holds (the OS lock cannot tell them apart). */
    public static final class Held extends IOException {
        private static final long serialVersionUID = 1L;

        Held(String message) {
            super(message);
        }
    }

    /** Locks each folder (in path order, so two runs never wait on each other), saying on {@code err} when it waits. */
    public static FolderLock take(List<Path> folders, PrintWriter err) throws IOException {
        FolderLock all = new FolderLock();
        try {
            for (Path f : new TreeSet<>(folders)) {
                Files.createDirectories(f);
                FileChannel ch = FileChannel.open(f.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                all.channels.add(ch);
                FileLock lock;
                try {
                    lock = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    throw new Held(f + " is being imported into by this same program");
                }
                if (lock == null) {
                    err.println("amity: waiting for another import into " + f + " to finish (it holds "
                            + f.resolve(NAME) + ")...");
                    err.flush();
                    ch.lock();
                }
            }
            return all;
        } catch (IOException | RuntimeException e) {
            all.close();
            throw e;
        }
    }

    @Override
    public void close() {
        for (FileChannel ch : channels) {
            try {
                ch.close();
            } catch (IOException e) {
                // closing releases the lock; nothing is left to do
            }
        }
    }
}
