package amity.cli;

import amity.check.Checks;
import amity.model.Dataset;
import amity.problem.Problem;
import amity.problem.ProblemFormat;
import amity.query.CountsRules;
import amity.read.DataFile;
import amity.read.DataReader;
import amity.report.importing.Import;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command's way into the load pipeline ({@link DataReader#load}): it passes the paths, standard
 * input, the snapshot folder and amity's checks; any problem ends the run with exit 65.
 */
final class Loader {
    static {
        // A sheet given as data (--data twins.csv beside twins.csv.rules) is read as import reads it, matched against the other data as import would.
        DataReader.readSheetsWith((data, sheet, rules) -> {
            Import.Result r = Import.run(data, DataFile.EMPTY, sheet, rules, false, n -> { });
            return new DataFile.Read(r.additions(), r.problems());
        });
    }

    private Loader() {
    }

    /** A checked data set and the paths it came from (the ones --output must never overwrite). */
    record Loaded(Dataset data, List<Path> paths, List<Problem> problems, List<String> files) {
    }

    /**
     * Reads and checks, returning every problem; only an unreadable path ends the run (exit 66). What
     * was skipped (a pipe inside a data folder) is noted on {@code err}.
     */
    static Loaded read(List<String> paths, Env env, PrintWriter err) {
        try {
            DataReader.Result r = DataReader.load(new DataReader.Request(paths, env.stdin(), env.snapshots(),
                    Loader::checks));
            for (String note : r.notes()) {
                err.print("amity: note: " + amity.text.Visible.of(note) + "\n");
            }
            err.flush();
            return new Loaded(r.dataset(), r.roots(), r.problems(), r.files());
        } catch (DataReader.Unreadable e) {
            throw new Failure(ExitCode.NO_INPUT, "amity: " + e.getMessage());
        }
    }

    /** Every check on a data set that was read: the check package's and the counts rules. */
    private static List<Problem> checks(Dataset d) {
        List<Problem> problems = new ArrayList<>(Checks.run(d));
        problems.addAll(CountsRules.check(d));
        return problems;
    }

    /** Like {@link #read} but ends the run when the data has problems, printing them all. */
    static Loaded load(List<String> paths, Env env, PrintWriter err) {
        Loaded l = read(paths, env, err);
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
}
