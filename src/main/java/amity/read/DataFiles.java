package amity.read;

import amity.read.DataReader.Unreadable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds and reads the data files under a data path: every {@code *.yaml}/{@code *.yml} file,
 * recursively, through symbolic links, in sorted path order. Hidden files and folders (a leading
 * dot: .git, editors' lock and backup files) are skipped. A path that cannot be read at all is an
 * {@link Unreadable}, never a silent empty data set.
 */
final class DataFiles {
    private DataFiles() {
    }

    static List<Path> list(String arg) throws Unreadable {
        return list(Path.of(arg));
    }

    static List<Path> list(Path root) throws Unreadable {
        if (!Files.exists(root)) {
            throw new Unreadable(root + (Files.isSymbolicLink(root) ? ": a symbolic link to a missing file or folder."
                    : ": no such file or folder."));
        }
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                            if (hidden(file) || !isYaml(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isSymbolicLink()) {
                                // Visited with the link's own attributes: its target is missing.
                                throw new NoSuchFileException(file.toString(), null, "a symbolic link to a "
                                        + "missing file");
                            }
                            out.add(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            throw e;
                        }
                    });
        } catch (FileSystemLoopException e) {
            throw new Unreadable(e.getFile() + ": a symbolic link loop (it leads back to a folder that contains "
                    + "it); remove the link or point --data below it.");
        } catch (IOException e) {
            String where = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : root.toString();
            throw new Unreadable(where + ": cannot be read: " + OsReason.of(e) + ".");
        }
        if (out.isEmpty()) {
            throw new Unreadable(root + ": no data files in this folder; amity reads the *.yaml and *.yml files "
                    + "in it and its subfolders.");
        }
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        return out;
    }

    /** A file's bytes, refusing more than {@link DataReader#MAX_FILE_BYTES} (also for endless devices). */
    static byte[] bytes(Path f, String name) throws Unreadable {
        try {
            // A regular file says its size: refused before a byte is read.
            if (Files.isRegularFile(f) && Files.size(f) > DataReader.MAX_FILE_BYTES) {
                throw tooLarge(name);
            }
        } catch (IOException e) {
            throw new Unreadable(name + ": cannot be read: " + OsReason.of(e) + ".");
        }
        try (InputStream in = Files.newInputStream(f)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, DataReader.MAX_FILE_BYTES + 1));
            if (b.length > DataReader.MAX_FILE_BYTES) {
                throw tooLarge(name);
            }
            return b;
        } catch (IOException e) {
            throw new Unreadable(name + ": cannot be read: " + OsReason.of(e) + ".");
        }
    }

    private static Unreadable tooLarge(String name) {
        return new Unreadable(name + ": the file holds more than 1 GiB, the most one data file may hold; split it "
                + "into several files.");
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
