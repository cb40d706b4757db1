package amity.read;

import amity.io.OsReason;
import amity.read.DataReader.Unreadable;
import amity.text.Visible;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds and reads the data files under the data paths: every file a {@link RecordReader} reads
 * ({@code *.yaml}/{@code *.yml}), recursively, through symbolic links, in sorted path order, each
 * file once however often it is named (directly, through a folder, through a link). Hidden files and
 * folders (a leading dot: .git, editors' lock and backup files) are skipped. A path that cannot be
 * read at all is an {@link Unreadable}, never a silent empty data set.
 */
final class DataFiles {
    private DataFiles() {
    }

    /**
     * One data file to read, or standard input (read once, when the paths are listed); its content
     * once read ({@link #loaded}), and the file's modification time from just before that read.
     */
    record Input(String name, Path file, byte[] content, long modified) {
        Input(String name, Path file, byte[] content) {
            this(name, file, content, 0);
        }

        boolean isStdin() {
            return file == null;
        }

        /** A regular file can be read a second time (with positions, or after a change); stdin or a pipe cannot. */
        boolean rereadable() {
            return file != null && Files.isRegularFile(file);
        }

        byte[] bytes() throws Unreadable {
            return content != null ? content : DataFiles.bytes(file, name);
        }

        /** This file with its bytes read now, once: what is stamped is what is parsed. */
        Input loaded() throws Unreadable {
            if (content != null) {
                return this;
            }
            long time;
            try {
                time = Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                throw new Unreadable(name + ": cannot be read: " + OsReason.of(e) + ".");
            }
            return new Input(name, file, DataFiles.bytes(file, name), time);
        }
    }

    /** The root that stands for standard input: "-" (a file of that name is ./-). */
    static final Path STDIN = Path.of("-");

    /**
     * The inputs under the roots, in order, each file once ({@link #STDIN} is read here, once). Every
     * path is listed before standard input is read, so a wrong path fails at once.
     */
    static List<Input> inputs(List<Path> roots, InputStream in, List<String> notes) throws Unreadable {
        List<Input> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            if (root.equals(STDIN)) {
                if (seen.add(STDIN)) {
                    out.add(new Input("<stdin>", null, null));
                }
                continue;
            }
            for (Path f : list(root, notes)) {
                if (seen.add(identity(f))) {
                    out.add(new Input(display(f), f, null));
                }
            }
        }
        if (seen.contains(STDIN)) {
            byte[] bytes = readStdin(in);
            out.replaceAll(i -> i.isStdin() ? new Input(i.name(), null, bytes) : i);
        }
        return out;
    }

    /** The same file however it is reached: its real path, through links and "..". */
    private static Path identity(Path f) {
        try {
            return f.toRealPath();
        } catch (IOException e) {
            // A pipe (/dev/fd/63) has no real path; it is named once anyway.
            return f.toAbsolutePath().normalize();
        }
    }

    private static byte[] readStdin(InputStream in) throws Unreadable {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            if (!closed(e)) {
                throw new Unreadable("<stdin>: cannot be read: " + OsReason.of(e) + ".");
            }
            // A closed standard input (amity <&-) is an empty one.
            bytes = new byte[0];
        }
        if (bytes.length == 0) {
            throw new Unreadable("<stdin>: --data - was given, but standard input is empty.");
        }
        return bytes;
    }

    private static boolean closed(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Bad file descriptor");
    }

    /**
     * A data path as given: "-" and /dev/stdin are both standard input (read once, the same way);
     * a name the locale's character set cannot hold (LC_ALL=C and a non-ASCII name) is unreadable.
     */
    static Path path(String given) throws Unreadable {
        if (given.equals("/dev/stdin")) {
            return STDIN;
        }
        try {
            return Path.of(given);
        } catch (InvalidPathException e) {
            throw new Unreadable(Visible.of(given) + ": " + unnamable());
        }
    }

    /** Why a path cannot be named: the locale, and what to do. */
    public static String unnamable() {
        return "this name cannot be written in the locale's character set (" + System.getProperty("sun.jnu.encoding",
                "unknown") + "); run amity with a UTF-8 locale, e.g. LC_ALL=C.UTF-8.";
    }

    /** A path as messages show it: inside the jar as data/..., else relative to the working folder. */
    static String display(Path p) {
        String s = p.toString();
        if (p.getFileSystem() == FileSystems.getDefault() && p.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (p.startsWith(cwd)) {
                return cwd.relativize(p).toString();
            }
        }
        return s.startsWith("/amity/data/") ? "data/" + s.substring("/amity/data/".length()) : s;
    }

    /**
     * In a checkout (the jar or classes in target/, a pom.xml beside it) its data/ folder, so edits
     * show without a rebuild; anywhere else the copy bundled in the jar, so amity runs from any
     * directory and a copied jar never reads an unrelated data/ folder near it.
     */
    static Path shipped() throws Unreadable {
        try {
            URI where = DataFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path code = Path.of(where);
            Path target = code.getParent();
            if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
                    && Files.isRegularFile(target.resolveSibling("pom.xml"))
                    && Files.isDirectory(target.resolveSibling("data"))) {
                return target.resolveSibling("data");
            }
            if (Files.isRegularFile(code)) {
                FileSystem jar = FileSystems.newFileSystem(code, Map.of());
                return jar.getPath("/amity/data");
            }
            return code.resolve("amity/data");
        } catch (URISyntaxException | IOException e) {
            throw new Unreadable("cannot find the shipped data: " + e.getMessage() + "; pass --data PATH.");
        }
    }

    /** The data files under one path: the path itself when it is a file, whatever its name. */
    static List<Path> list(Path root, List<String> notes) throws Unreadable {
        if (!Files.exists(root)) {
            throw new Unreadable(root + (loop(root) ? ": " + LOOP
                    : Files.isSymbolicLink(root) ? ": a symbolic link to a missing file or folder."
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
                            if (hidden(file) || !isData(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isSymbolicLink()) {
                                // Visited with the link's own attributes: its target is missing, or it loops.
                                throw new NoSuchFileException(file.toString(), null, loop(file)
                                        ? LOOP.substring(0, LOOP.length() - 1) : "a symbolic link to a missing file");
                            }
                            if (!attrs.isRegularFile()) {
                                // A pipe or device would block the run or never end: skipped, and said so.
                                notes.add(display(file) + ": not a regular file (a pipe, socket or device); skipped.");
                                return FileVisitResult.CONTINUE;
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
            throw new Unreadable(root + ": no data files in this folder; amity reads the " + patterns()
                    + " files in it and its subfolders.");
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
            if (device(f)) {
                throw new Unreadable(name + ": a device, not a file; name a file (or a pipe).");
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

    /** Whether a path is a character or block device (/dev/zero never ends; /dev/sda is no data). */
    private static boolean device(Path f) {
        try {
            int type = (Integer) Files.getAttribute(f, "unix:mode") & 0170000;
            return type == 0020000 || type == 0060000;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static Unreadable tooLarge(String name) {
        return new Unreadable(name + ": the file holds more than 1 GiB, the most one data file may hold; split it "
                + "into several files.");
    }

    private static final String LOOP = "a symbolic link loop (the link leads, through links, back to itself); "
            + "point it at a file or folder.";

    /** Whether a path is a link that never reaches a file (ELOOP), rather than one to a missing file. */
    private static boolean loop(Path p) {
        if (!Files.isSymbolicLink(p)) {
            return false;
        }
        try {
            p.toRealPath();
            return false;
        } catch (FileSystemException e) {
            return e.getReason() != null && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("symbolic link");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isData(Path p) {
        return DataReader.READERS.stream().anyMatch(r -> r.reads(p));
    }

    /** "*.yaml and *.yml": the file names the readers read. */
    private static String patterns() {
        // Sheets are data only with their rules, so a folder holding none is told about YAML.
        List<String> all = DataReader.READERS.get(0).extensions().stream().map(e -> "*" + e).toList();
        return all.size() == 1 ? all.get(0) : String.join(", ", all.subList(0, all.size() - 1)) + " and "
                + all.get(all.size() - 1);
    }
}
