package amity.cli;

import amity.model.RecordType;
import amity.query.Catalog;
import amity.query.Field;
import amity.query.SortKeys;
import amity.render.Format;
import amity.render.RenderOptions;
import amity.render.Renderer;
import amity.report.Query;
import amity.report.aggregate.AggregateReport;
import amity.report.aggregate.Measure;
import amity.table.FieldType;
import amity.table.Table;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `amity aggregate TYPE --by FIELD`: counts and measures per group, cross-tabs, running totals, charts. */
@Command(name = "aggregate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Group records by one or more fields and count them (or compute distinct counts, sums, "
                + "minimums, maximums and means) per group.",
            "",
            "Time keys (year, decade and other dates) are bucketed by year or decade. A record whose date spans "
                    + "several buckets is only possibly in each, so counts become ranges lo..hi; --unknown=bucket "
                    + "puts it in an 'unknown' row instead. The output says which rule was used."},
        footerHeading = "%nExamples:%n",
        footer = {"  amity aggregate agreements --of beijing --by partner.region",
            "  amity aggregate agreements --of beijing --by decade --across partner.region",
            "  amity aggregate agreements --of beijing --where 'level = municipal' --by year --cumulative --chart"})
final class AggregateCommand extends DataCommand {

    @Mixin
    SelectOptions select;

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "TYPE", completionCandidates = RecordTypes.class,
            description = RecordType.QUERYABLE_IN_WORDS + ".")
    String type;

    @Option(names = "--by", paramLabel = "FIELD", split = ",", required = true,
            description = "The field(s) to group by: any field, e.g. year, decade, country, region, "
                    + "partner.continent (with --of), source.publisher.")
    List<String> by = new ArrayList<>();

    @Option(names = "--where", paramLabel = "EXPRESSION", description = "Only records for which EXPRESSION holds.")
    String where = "";

    @Option(names = "--across", paramLabel = "FIELD", description = "A cross-tab: rows by --by, columns by FIELD, "
            + "with row and column totals.")
    String across = "";

    @Option(names = "--distinct", paramLabel = "FIELD", description = "Also count the distinct values of FIELD.")
    List<String> distinct = new ArrayList<>();

    @Option(names = "--sum", paramLabel = "FIELD", description = "Also sum the number field FIELD.")
    List<String> sum = new ArrayList<>();

    @Option(names = "--min", paramLabel = "FIELD", description = "Also give the smallest value of FIELD.")
    List<String> min = new ArrayList<>();

    @Option(names = "--max", paramLabel = "FIELD", description = "Also give the largest value of FIELD.")
    List<String> max = new ArrayList<>();

    @Option(names = "--mean", paramLabel = "FIELD", description = "Also give the mean of FIELD.")
    List<String> mean = new ArrayList<>();

    @Option(names = "--cumulative", description = "Running totals over a time key (year or decade): how many "
            + "there were at the end of each; buckets with nothing new are shown.")
    boolean cumulative;

    /** What --unknown does with a date spanning several buckets. */
    enum UnknownRule {
        RANGE, BUCKET
    }

    /** The --unknown names: range, bucket. */
    static final class UnknownRules extends LowerCaseNames<UnknownRule> {
        UnknownRules() {
            super(UnknownRule.class, "a rule");
        }
    }

    @Option(names = "--unknown", paramLabel = "RULE", defaultValue = "range", converter = UnknownRules.class,
            completionCandidates = UnknownRules.class,
            description = "What to do with a date spanning several buckets: range (count it as possible in "
                    + "each, default) or bucket (put it in an 'unknown' row).")
    UnknownRule unknown = UnknownRule.RANGE;

    @Option(names = "--chart", description = "Draw a horizontal bar chart of the count (certain part solid, "
            + "possible part shaded) instead of a table.")
    boolean chart;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Loader.Loaded loaded = load();
        SelectOptions.Selection s = select.select(loaded.data(), type, where, "--where");
        Catalog catalog = s.catalog();
        List<Field> byFields = new ArrayList<>();
        for (String b : by) {
            byFields.add(field(catalog, b, "--by"));
        }
        Field acrossField = across.isEmpty() ? null : field(catalog, across, "--across");
        AggregateReport.refusal(byFields, acrossField, cumulative).ifPresent(AggregateCommand::usage);
        if (chart) {
            output.chartIn(Format.Chart.BARS, "a text chart for the terminal (--format "
                    + "table)");
            AggregateReport.chartRefusal(byFields, acrossField).ifPresent(AggregateCommand::usage);
        }
        List<Measure> measures = new ArrayList<>();
        measures.add(Measure.COUNT);
        add(measures, Measure.Kind.DISTINCT, distinct, catalog, false);
        add(measures, Measure.Kind.SUM, sum, catalog, true);
        add(measures, Measure.Kind.MIN, min, catalog, true);
        add(measures, Measure.Kind.MAX, max, catalog, true);
        add(measures, Measure.Kind.MEAN, mean, catalog, true);
        Query q = s.query((a, b) -> 0, List.of(), 0);
        Table table = AggregateReport.table(q.select(s.rows()),
                new AggregateReport.Spec(byFields, acrossField, measures, cumulative, unknown == UnknownRule.BUCKET));
        SortKeys sort = QueryCommand.parse(() -> SortKeys.parse(output.sort, AggregateReport.sortCatalog(table)),
                "--sort");
        Table sorted = AggregateReport.sorted(table, sort, output.limit);
        if (chart) {
            RenderOptions opts = output.settings(amity.env);
            output.emit(spec.commandLine().getOut(), loaded.paths(), pw -> Renderer.bars(sorted, 0, 1, opts, pw));
            return output.status(sorted);
        }
        return output.write(output.project(sorted), amity.env, spec.commandLine().getOut(), err, loaded.paths());
    }

    private static void usage(String refusal) {
        throw new Failure(ExitCode.USAGE, "amity: " + refusal);
    }

    private static Field field(Catalog catalog, String name, String option) {
        return catalog.find(name).orElseThrow(() -> new Failure(ExitCode.USAGE, "amity: " + option + ": unknown "
                + "field '" + name + "'" + catalog.hint(name)));
    }

    private static void add(List<Measure> measures, Measure.Kind kind, List<String> names, Catalog catalog,
            boolean numeric) {
        for (String n : names) {
            Field f = field(catalog, n, "--" + kind.name().toLowerCase(java.util.Locale.ROOT));
            if (numeric && f.type() != FieldType.NUMBER) {
                throw new Failure(ExitCode.USAGE, "amity: --" + kind.name().toLowerCase(java.util.Locale.ROOT) + " "
                        + n + ": '" + n + "' is not a number field.");
            }
            measures.add(new Measure(kind, f));
        }
    }
}
