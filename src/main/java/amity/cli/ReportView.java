package amity.cli;

import amity.render.Renderer;
import amity.report.reconcile.Attention;
import amity.report.reconcile.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How reconcile chooses between its report for a reader and the table: --format report, or no
 * --format at all with standard output a terminal and no option that shapes a table; then writes it.
 */
final class ReportView {
    private ReportView() {
    }

    /** Whether reconcile writes the report; --format report with a table's option is a usage error. */
    static boolean chosen(OutputOptions output, CommandSpec spec, Env env) {
        List<String> tableOptions = output.tableOptions();
        if (output.format.report() && !tableOptions.isEmpty()) {
            throw new Failure(ExitCode.USAGE, "amity: " + tableOptions.get(0) + " shapes a table, and --format "
                    + "report lists the findings by status; use --format table with it.");
        }
        if (output.format.report()) {
            return true;
        }
        boolean formatGiven = spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--format");
        return !formatGiven && output.output == null && env.terminal() && tableOptions.isEmpty();
    }

    /**
     * Writes the selected findings as the report: every one listed when the statuses were named, else
     * those that need attention; returns the run's exit status.
     */
    static int write(OutputOptions output, Env env, PrintWriter out, List<Path> dataPaths, List<Finding> findings,
            boolean everything, List<String> notes, boolean fails) {
        var opts = output.settings(env);
        output.emit(out, dataPaths, pw -> Renderer.report(Attention.of(findings, everything, notes), opts, pw));
        if (fails) {
            return ExitCode.FINDINGS;
        }
        return output.failIfEmpty && findings.isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
