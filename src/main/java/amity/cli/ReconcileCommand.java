package amity.cli;

import amity.query.ClosedValues;
import amity.query.Expression;
import amity.query.Field;
import amity.query.SortKeys;
import amity.render.Format;
import amity.render.RenderOptions;
import amity.render.Renderer;
import amity.report.reconcile.Explain;
import amity.report.reconcile.Finding;
import amity.report.reconcile.FindingKey;
import amity.report.reconcile.ImpliedReport;
import amity.report.reconcile.FindingExplain;
import amity.report.reconcile.JointExplain;
import amity.report.reconcile.ReconcileReport;
import amity.report.reconcile.Reconciler;
import amity.report.reconcile.Status;
import amity.report.reconcile.Timeline;
import amity.text.Nearest;
import amity.text.Plural;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `amity reconcile`: every reported figure against the records and the other sources. */
@Command(name = "reconcile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check every reported figure against the records and against the other sources, and say "
                + "where and by how much they disagree.",
            "",
            CheckNames.HELP_LINE,
            "Statuses: conflicts, records-short (the records are probably incomplete), possible "
                    + "(only if some uncertain dates fall a certain way), not-recorded (the rule's scope has no "
                    + "records), confirmed, unverifiable. Findings acknowledged in the data do not fail the run."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no unacknowledged finding has a --fail-on status (default: conflicts)",
            "1:some unacknowledged finding has a --fail-on status", "2:usage error", "65:the data has errors",
            "66:a data path does not exist"},
        footerHeading = "%nExamples:%n",
        footer = {"  amity reconcile --status conflicts,records-short --format csv",
            "  amity reconcile --explain pd2000-added-1990s",
            "  amity reconcile --chart --format svg --output series.svg"})
final class ReconcileCommand extends DataCommand {

    @Mixin
    OutputOptions output;

    @Option(names = "--status", paramLabel = "S", split = ",", converter = StatusNames.class,
            completionCandidates = StatusNames.class,
            description = "Only findings with these statuses (${COMPLETION-CANDIDATES}); acknowledged or "
                    + "unacknowledged keeps only those.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--check", paramLabel = "C", split = ",", converter = CheckNames.class,
            completionCandidates = CheckNames.class,
            description = "Only these checks: ${COMPLETION-CANDIDATES}.")
    List<String> checks = new ArrayList<>();

    @Option(names = "--subject", paramLabel = "ID", description = "Only findings about this subject.")
    String subject = "";

    @Option(names = "--metric", paramLabel = "METRIC", description = "Only findings about this metric.")
    String metric = "";

    @Option(names = "--fail-on", paramLabel = "S", split = ",", defaultValue = "conflicts",
            completionCandidates = StatusNames.OrNone.class,
            description = "Exit 1 when an unacknowledged finding has one of these statuses (default: "
                    + "${DEFAULT-VALUE}; 'none' never fails).")
    List<String> failOn = new ArrayList<>();

    @Option(names = "--where", paramLabel = "EXPRESSION", description = "Only findings for which EXPRESSION "
            + "holds, over the fields of amity fields findings (the language of amity filter).")
    String where = "";

    @Option(names = "--explain", paramLabel = "ID", description = "For a figure id, or the key of a finding about "
            + "one: the records that certainly count, those that possibly count, and those excluded and why. For a "
            + "joint key: the figures in the set, the deciding records with the window each figure alone allows, "
            + "and why they cannot all hold.")
    String explain = "";

    @Option(names = "--implied", description = "For each agreement of uncertain date that figures constrain: its "
            + "recorded date, the window the figures imply (implied, implied_earliest, implied_latest), the figures "
            + "bounding each end, and the figures set aside where they conflict.")
    boolean implied;

    @Option(names = "--without-implied", description = "Reconcile as if the agreements marked certainty: implied "
            + "or uncertain were absent (a what-if: acknowledgements are not reported stale in it).")
    boolean withoutImplied;

    @Option(names = "--chart", description = "For each series, a timeline of the count the records give (a band: "
            + "certain and possible) against the reported figures; with --format svg --output FILE, an SVG file.")
    boolean chart;

    /** Called by picocli as it builds this command's model (after the annotation's description is read). */
    @Spec
    void describeChecks(CommandSpec spec) {
        CheckNames.describe(spec);
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Loader.Loaded read = load();
        Loader.Loaded loaded = withoutImplied ? new Loader.Loaded(Reconciler.withoutImplied(read.data()), read.paths(), read.problems(), read.files())
                : read;
        if (!explain.isEmpty()) {
            if (chart) {
                throw new Failure(ExitCode.USAGE, "amity: --explain lists one figure's records and --chart draws "
                        + "every series; give one of them.");
            }
            return explain(loaded);
        }
        if (implied) {
            var table = output.project(ImpliedReport.table(loaded.data()));
            return output.write(table, amity.env, spec.commandLine().getOut(), err, loaded.paths());
        }
        if (chart) {
            output.chartIn(Format.Chart.TIMELINE, "a text timeline (--format table) or an SVG file "
                    + "(--format svg)");
            List<Timeline> timelines = Timeline.of(loaded.data());
            RenderOptions opts = output.settings(amity.env);
            output.emit(out(), loaded.paths(), pw -> Renderer.timeline(timelines, opts, pw));
            return ExitCode.OK;
        }
        List<String> statusWords = statuses.stream().filter(w -> !ReconcileReport.Acknowledged.WORDS.contains(w))
                .toList();
        // The words were checked by StatusNames as they were parsed.
        Set<Status> wanted = statusWords.isEmpty() ? EnumSet.allOf(Status.class) : EnumSet.copyOf(statusWords.stream()
                .map(w -> Status.fromSlug(w).orElseThrow()).toList());
        var acked = ReconcileReport.Acknowledged.of(statuses);
        Set<Status> failing = failOn.equals(List.of("none")) ? EnumSet.noneOf(Status.class)
                : failOn(failOn);
        List<Finding> all = Reconciler.run(loaded.data());
        ClosedValues closed = ReconcileReport.closedValues(all);
        known(closed, "subject", subject);
        known(closed, "metric", metric);
        Expression expr = QueryCommand.parse(() -> Expression.parse(where, ReconcileReport.CATALOG, closed),
                "--where");
        List<Finding> findings = ReconcileReport.where(ReconcileReport.select(all,
                new ReconcileReport.Selection(wanted, acked, checks, subject, metric)), expr);
        // --without-implied is a what-if: findings about the records it leaves out are gone, which says
        // nothing about whether their acknowledgements still apply to the data as it is.
        List<String> notes = withoutImplied ? List.of() : Reconciler.staleAcknowledgements(loaded.data(), all);
        if (ReportView.chosen(output, spec, amity.env)) {
            return ReportView.write(output, amity.env, out(), loaded.paths(), findings, !statuses.isEmpty(), notes,
                    ReconcileReport.fails(findings, failing));
        }
        // The formats a program reads carry every field; the table and markdown, those a person reads first.
        List<Field> columns = output.columns(ReconcileReport.CATALOG,
                output.format.structured() ? ReconcileReport.STRUCTURED_FIELDS : ReconcileReport.DEFAULT_FIELDS);
        SortKeys sort = QueryCommand.parse(() -> SortKeys.parse(output.sort, ReconcileReport.CATALOG), "--sort");
        var table = ReconcileReport.table(findings, columns, sort, output.limit, notes);
        int status = output.write(table, amity.env, spec.commandLine().getOut(), err, loaded.paths());
        long failed = ReconcileReport.failing(findings, failing);
        if (failed == 0) {
            return status;
        }
        err.println("amity: " + Plural.count(failed, "unacknowledged finding") + " with status "
                + String.join(" or ", failing.stream().map(Status::slug).toList()) + (failed == 1 ? " makes" : " make")
                + " the exit status 1.");
        return ExitCode.FINDINGS;
    }

    /** --subject and --metric name values findings have: a misspelling is an error, not an empty report. */
    private static void known(ClosedValues closed, String field, String value) {
        closed.problem(field, value).ifPresent(p -> {
            throw new Failure(ExitCode.USAGE, "amity: --" + field + ": " + p);
        });
    }

    private int explain(Loader.Loaded loaded) {
        var data = loaded.data();
        var table = data.figure(explain).map(f -> Explain.table(data, f)).orElseGet(() -> explainFinding(loaded));
        return output.write(output.project(table), amity.env, spec.commandLine().getOut(),
                spec.commandLine().getErr(), loaded.paths());
    }

    /** --explain KEY: a joint finding's set, or a finding's figure as --explain FIGURE shows it. */
    private amity.table.Table explainFinding(Loader.Loaded loaded) {
        var data = loaded.data();
        List<Finding> findings = Reconciler.run(data);
        var found = findings.stream().filter(f -> f.key().equals(explain)).findFirst();
        if (found.isEmpty()) {
            List<String> known = new ArrayList<>(data.figures().stream().map(f -> f.id()).toList());
            findings.forEach(f -> known.add(f.key()));
            throw new Failure(ExitCode.USAGE, "amity: --explain: no figure has the id and no finding the key '"
                    + explain + "'" + Nearest.hint(explain, known));
        }
        Finding f = found.get();
        if (f.check().equals("joint")) {
            return JointExplain.table(data, f).orElseThrow(() -> new Failure(ExitCode.SOFTWARE, "amity: --explain: the "
                    + "solver did not find the set of '" + explain + "' again."));
        }
        var table = FindingExplain.table(data, f);
        if (table.isPresent()) {
            return table.get();
        }
        throw new Failure(ExitCode.USAGE, "amity: --explain: finding '" + explain + "' is about no figure; give a "
                + "figure id or the key of a finding about figures.");
    }

    /** --fail-on's statuses ("none" alone means none, handled before). */
    private static Set<Status> failOn(List<String> names) {
        Set<Status> out = EnumSet.noneOf(Status.class);
        List<String> all = Arrays.stream(Status.values()).map(Status::slug).toList();
        for (String n : names) {
            out.add(Status.fromSlug(n).orElseThrow(() -> new Failure(ExitCode.USAGE, "amity: --fail-on: '" + n
                    + "' is not a status" + Nearest.hintOrList(n, all))));
        }
        return out;
    }
}
