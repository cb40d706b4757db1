package amity.cli;

import amity.io.AtomicFile;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code amity/build.digest} into the build's classes (Maven's process-classes phase, after
 * the command model): a SHA-256 of every class and bundled data file (path and bytes, in path
 * order) and of the libraries on the class path by name. Snapshots are keyed to it, so a build that
 * changes the checks, the codec or the country table never reads a snapshot of another build.
 * Usage: GenerateBuildDigest CLASSES_DIR
 */
public final class GenerateBuildDigest {
    /** Where the digest is, inside the classes and the jar. */
    public static final String FILE = "amity/build.digest";

    private GenerateBuildDigest() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        AtomicFile.write(classes.resolve(FILE),
                out -> out.write((digest(classes, libraries()) + "\n").getBytes(StandardCharsets.US_ASCII)));
    }

    /** The class path this runs with (Maven's exec:java gives it as a class loader's URLs), build tools aside. */
    private static List<String> libraries() {
        if (GenerateBuildDigest.class.getClassLoader() instanceof URLClassLoader u) {
            return Arrays.stream(u.getURLs()).map(URL::getPath).filter(p -> !p.contains("build-classes")).toList();
        }
        return List.of(System.getProperty("java.class.path", "").split(File.pathSeparator));
    }

    static String digest(Path classes, List<String> classPath) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(classes)) {
            files = all.filter(Files::isRegularFile).filter(f -> !classes.relativize(f).toString().equals(FILE))
                    .sorted().toList();
        }
        for (Path f : files) {
            sha.update(classes.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(f));
        }
        // The libraries by file name (artifact and version): a new version of one is a new build.
        for (String entry : classPath) {
            Path name = Path.of(entry).getFileName();
            if (name != null && name.toString().endsWith(".jar")) {
                sha.update(name.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }
}
