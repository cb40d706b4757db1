package amity.cli;

import amity.check.Checks;
import amity.query.CountsRules;
import amity.model.Dataset;
import amity.read.DataReader;
import amity.read.Problem;
import amity.read.ProblemFormat;
import amity.read.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Reads and checks the data for a command; any problem ends the run with exit 65. */
final class Loader {
    private Loader() {
    }

    /** A checked data set and the paths it came from (the ones --output must never overwrite). */
    record Loaded(Dataset data, List<Path> paths, List<Problem> problems, List<String> files) {
    }

    /**
     * Reads and checks, returning every problem; only an unreadable path throws. An unchanged data
     * set comes from its snapshot (see {@link Snapshot}) without parsing or checking; a data set
     * without problems leaves one for the next run.
     */
    static Loaded read(List<String> paths, java.io.InputStream stdin, Map<String, String> env) {
        List<Path> protectedPaths = new ArrayList<>();
        for (String p : paths) {
            if (!p.equals("-")) {
                protectedPaths.add(Path.of(p));
            }
        }
        try {
            Path shipped = paths.isEmpty() ? shippedData() : null;
            if (shipped != null) {
                protectedPaths.add(shipped);
            }
            if (paths.contains("-")) {
                // Standard input is read once, with positions, and never snapshotted.
                DataReader.Result r = DataReader.read(paths, stdin);
                return new Loaded(r.dataset(), protectedPaths, problems(r), r.files());
            }
            List<Path> files = DataReader.files(protectedPaths);
            Path folder = Snapshot.folder(env);
            List<Snapshot.Stamp> stamps = folder == null ? null : Snapshot.stamps(files);
            var snapshot = Snapshot.load(folder, stamps);
            if (snapshot.isPresent()) {
                return new Loaded(snapshot.get().dataset(), protectedPaths, List.of(), snapshot.get().files());
            }
            // First without positions (light and fast); only data with problems is read again with them.
            DataReader.Result r = DataReader.readFiles(files, false);
            List<Problem> problems = problems(r);
            if (!problems.isEmpty()) {
                r = DataReader.readFiles(files, true);
                problems = problems(r);
            }
            if (problems.isEmpty()) {
                Snapshot.save(folder, stamps, r.dataset(), r.files());
            }
            return new Loaded(r.dataset(), protectedPaths, problems, r.files());
        } catch (DataReader.Unreadable e) {
            throw new Failure(ExitCode.NO_INPUT, "amity: " + e.getMessage());
        }
    }

    private static List<Problem> problems(DataReader.Result r) {
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.addAll(Checks.run(r.dataset()));
        problems.addAll(CountsRules.check(r.dataset()));
        Collections.sort(problems);
        return problems;
    }

    /** Like {@link #read} but ends the run when the data has problems, printing them all. */
    static Loaded load(List<String> paths, java.io.InputStream stdin, Map<String, String> env, PrintWriter err) {
        Loaded l = read(paths, stdin, env);
        if (!l.problems().isEmpty()) {
            report(l.problems(), err);
            throw new Failure(ExitCode.DATA, "amity: the data has " + count(l.problems().size(), "error")
                    + "; run 'amity check' for the list.");
        }
        return l;
    }

    static void report(List<Problem> problems, PrintWriter err) {
        for (Problem p : problems) {
            err.print(ProblemFormat.format(p));
        }
        err.flush();
    }

    static String count(int n, String noun) {
        return amity.text.Plural.count(n, noun);
    }

    /**
     * The data/ folder next to the jar (target/amity.jar or target/classes in a checkout), else
     * the copy bundled inside the jar, so amity runs from any directory.
     */
    static Path shippedData() {
        try {
            URI where = Loader.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path code = Path.of(where);
            Path beside = code.getParent() == null ? null : code.getParent().resolveSibling("data");
            if (beside != null && Files.isDirectory(beside)) {
                return beside;
            }
            if (Files.isRegularFile(code)) {
                FileSystem jar = FileSystems.newFileSystem(code, Map.of());
                return jar.getPath("/amity/data");
            }
            return code.resolve("amity/data");
        } catch (URISyntaxException | IOException e) {
            throw new Failure(ExitCode.NO_INPUT, "amity: cannot find the shipped data: " + e.getMessage()
                    + "; pass --data PATH.");
        }
    }
}
