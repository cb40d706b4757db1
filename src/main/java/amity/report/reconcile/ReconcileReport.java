package amity.report.reconcile;

import amity.report.Query;
import amity.table.Table;
import amity.table.Tone;
import static amity.table.FieldType.BOOLEAN;
import static amity.table.FieldType.DATE;
import static amity.table.FieldType.LIST;
import static amity.table.FieldType.NUMBER;
import static amity.table.FieldType.RANGE;
import static amity.table.FieldType.TEXT;

import amity.query.Catalog;
import amity.query.ClosedValues;
import amity.query.Expression;
import amity.query.Field;
import amity.query.Row;
import amity.query.SortKeys;
import amity.query.ValueRow;
import amity.table.Value;
import amity.text.Plural;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reconcile's findings as a report: which findings to show and in what order, their rows (which a query
 * sorts and projects like any record's), the summary line, and whether the run fails.
 */
public final class ReconcileReport {
    private ReconcileReport() {
    }

    /** The fields of a finding, for --fields, --sort and `amity fields findings`. */
    public static final List<Field> FIELDS = List.of(
            new Field("key", TEXT, "the finding's stable name, for acknowledgements"),
            new Field("check", TEXT, Reconciler.checkList()),
            new Field("subject", TEXT, "the place or label the figure is about"),
            new Field("metric", TEXT, "what is counted (for dates: the agreement type)"),
            new Field("as_of", DATE, "the date the finding is about"),
            new Field("source", LIST, "the ids of the source(s) of the figure or dates"),
            new Field("reported", TEXT, "the reported value with its qualifier (for series: the step)"),
            new Field("reported_value", NUMBER, "the reported number (none for a step or a date)"),
            new Field("qualifier", TEXT, "the reported number's qualifier: exact, about, more-than, ..."),
            new Field("derived", RANGE, "what the records give, lo..hi"),
            new Field("difference", NUMBER, "reported minus derived: positive when the records are short"),
            new Field("status", TEXT, statusList()),
            new Field("needed", NUMBER, "for a possible verdict: how many of the deciding records must fall its way "
                    + "(at least)"),
            new Field("deciding", LIST, "for a possible verdict: the records of uncertain date that decide it"),
            new Field("figures", LIST, "the figures a series or joint finding involves"),
            new Field("depends_on_implied", BOOLEAN, "whether the verdict differs without the records marked "
                    + "certainty: implied or uncertain"),
            new Field("implied_records", LIST, "the records marked implied or uncertain the verdict depends on"),
            new Field("undecided", BOOLEAN, "whether the solver reached its work budget on the way: the status "
                    + "undecided, or a joint set that may not be the smallest"),
            new Field("acknowledged", BOOLEAN, "whether the data acknowledges the finding"),
            new Field("acknowledgement", TEXT, "the data keeper's reason, when the finding is acknowledged"),
            new Field("explanation", TEXT, "one sentence saying why"),
            new Field("digest", TEXT, "a fingerprint of the finding's inputs, for acknowledgements"));

    /** The columns shown when --fields is not given, in the table, csv, tsv and markdown. */
    public static final List<String> DEFAULT_FIELDS = List.of("key", "check", "subject", "metric", "as_of",
            "source", "reported", "derived", "difference", "status", "explanation");

    /** The fields every finding carries in the formats for programs (csv, tsv, json, jsonl) when --fields is not given. */
    public static final List<String> STRUCTURED_FIELDS = List.of("key", "check", "subject", "metric", "as_of",
            "source", "reported", "reported_value", "qualifier", "derived", "difference", "status", "needed",
            "deciding", "figures", "depends_on_implied", "implied_records", "undecided", "acknowledged", "acknowledgement",
            "explanation");

    /** Every status word, in the order of {@link Status}: "conflicts, records-short, ... or unverifiable". */
    public static String statusList() {
        List<String> all = Arrays.stream(Status.values()).map(Status::slug).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }

    /** The fields of a finding as a catalog, for --fields and --sort. */
    public static final Catalog CATALOG = new Catalog("findings", FIELDS);

    /** Whether a selection keeps acknowledged findings, unacknowledged ones, or both. */
    public enum Acknowledged {
        ANY, ONLY, NOT;

        /** The words --status takes beside the statuses: only acknowledged findings, or only new ones. */
        public static final List<String> WORDS = List.of("acknowledged", "unacknowledged");

        /** What --status words ask for: both words or neither keep every finding. */
        public static Acknowledged of(java.util.Collection<String> words) {
            boolean only = words.contains(WORDS.get(0));
            boolean not = words.contains(WORDS.get(1));
            return only == not ? ANY : only ? ONLY : NOT;
        }

        boolean keeps(Finding f) {
            return this == ANY || (this == ONLY) == f.isAcknowledged();
        }
    }

    /**
     * Which findings to show: these statuses, acknowledged or not, these checks (none: every check), a
     * subject and metric ("": any).
     */
    public record Selection(Set<Status> statuses, Acknowledged acknowledged, List<String> checks, String subject,
            String metric) {
        boolean keeps(Finding f) {
            return statuses.contains(f.status()) && acknowledged.keeps(f)
                    && (checks.isEmpty() || checks.contains(f.check()))
                    && (subject.isEmpty() || f.subject().equals(subject))
                    && (metric.isEmpty() || f.metric().equals(metric));
        }
    }

    /** The findings the selection keeps, in the default order: most urgent first, stable within a status. */
    public static List<Finding> select(List<Finding> all, Selection selection) {
        return all.stream().filter(selection::keeps).sorted(Comparator.comparingInt(ReconcileReport::severity))
                .toList();
    }

    /** What needs a reader first: statuses in their declared order, unacknowledged before acknowledged. */
    static int severity(Finding f) {
        return f.status().ordinal() * 2 + (f.isAcknowledged() ? 1 : 0);
    }

    /**
     * The selected findings as a table: these columns, in the --sort order (without one, the order of
     * {@link #select}), at most {@code limit} rows (0: all); the {@code notes} first (stale
     * acknowledgements), then the summary of the selected findings.
     */
    public static Table table(List<Finding> selected, List<Field> columns, SortKeys sort, int limit,
            List<String> notes) {
        Comparator<Row> order = sort.keys().isEmpty() ? (a, b) -> 0 : sort.comparator();
        Query query = new Query(CATALOG, Expression.ALWAYS, null, false, order, columns, limit);
        Table t = query.table(rows(selected), r -> tone((Finding) r.record()));
        List<String> all = new ArrayList<>(notes);
        all.add(summary(selected));
        return new Table(t.columns(), t.rows(), all);
    }

    /** The findings for which a --where expression (over {@link #CATALOG}) certainly holds, in their order. */
    public static List<Finding> where(List<Finding> findings, Expression where) {
        return rows(findings).stream().filter(r -> where.test(r) == amity.model.Truth.YES)
                .map(r -> (Finding) r.record()).toList();
    }

    /** The closed fields of findings, for --where, --subject and --metric: checks, their subjects and metrics. */
    public static ClosedValues closedValues(List<Finding> all) {
        List<ValueRow> rows = rows(all);
        return ClosedValues.NONE.with("check", new ClosedValues.Closed(Reconciler.checkNames(), "a check"))
                .with("status", new ClosedValues.Closed(Arrays.stream(Status.values()).map(Status::slug).toList(),
                        "a status"))
                .with("subject", ClosedValues.occurring(rows, "subject", "the subject of any finding"))
                .with("metric", ClosedValues.occurring(rows, "metric", "the metric of any finding"));
    }

    /** Whether some unacknowledged finding has one of the {@code failing} statuses: the run exits 1. */
    public static boolean fails(List<Finding> findings, Set<Status> failing) {
        return failing(findings, failing) > 0;
    }

    /** How many unacknowledged findings have one of the {@code failing} statuses. */
    public static long failing(List<Finding> findings, Set<Status> failing) {
        return findings.stream().filter(f -> !f.isAcknowledged() && failing.contains(f.status())).count();
    }

    static List<ValueRow> rows(List<Finding> findings) {
        List<ValueRow> rows = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Value> v = new LinkedHashMap<>();
            v.put("key", Value.text(f.key()));
            v.put("check", Value.text(f.check()));
            v.put("subject", Value.text(f.subject()));
            v.put("metric", Value.text(f.metric()));
            v.put("as_of", Value.date(f.asOf()));
            v.put("source", Value.texts(f.sources()));
            v.put("reported", Value.text(f.reported()));
            v.put("reported_value", f.reportedValue() == null ? Value.MISSING : new Value.Num(f.reportedValue()));
            v.put("qualifier", Value.text(f.qualifier()));
            v.put("derived", derived(f));
            v.put("difference", f.difference() == null ? Value.MISSING : new Value.Num(f.difference()));
            v.put("status", Value.text(f.status().slug()));
            v.put("needed", f.status() == Status.POSSIBLE && f.need().any() ? Value.num(f.need().lo()) : Value.MISSING);
            v.put("deciding", Value.texts(f.need().deciding()));
            v.put("figures", Value.texts(f.figures()));
            v.put("depends_on_implied", new Value.Bool(!f.implied().isEmpty()));
            v.put("implied_records", Value.texts(f.implied()));
            v.put("undecided", new Value.Bool(f.undecided()));
            v.put("acknowledged", new Value.Bool(f.isAcknowledged()));
            v.put("acknowledgement", f.isAcknowledged() ? Value.text(f.acknowledged()) : Value.MISSING);
            v.put("explanation", Value.text(f.explanation()));
            v.put("digest", Value.text(f.digest()));
            rows.add(new ValueRow(f.key(), v, f));
        }
        return rows;
    }

    /**
     * What the records give for a finding, as one cell: the one place it is built, so that the typed
     * range cell of report/Table (json {lo, hi}, csv derived_lo/derived_hi) can replace it in one edit.
     */
    static Value derived(Finding f) {
        return f.derivedLo() == null ? Value.MISSING : new Value.Range(f.derivedLo(), f.derivedHi());
    }

    /** One line counting the findings by status, e.g. "3 conflicts (2 acknowledged), 5 records-short, ...". */
    public static String summary(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Status s : Status.values()) {
            long n = findings.stream().filter(f -> f.status() == s).count();
            long acked = findings.stream().filter(f -> f.status() == s && f.isAcknowledged()).count();
            if (n > 0) {
                parts.add(s.counted(n) + (acked > 0 ? " (" + acked + " acknowledged)" : ""));
            }
        }
        return Plural.count(findings.size(), "finding") + (parts.isEmpty() ? "." : ": " + String.join(", ", parts) + ".");
    }

    /** Tone of a finding's row: acknowledged findings are muted whatever their status. */
    public static Tone tone(Finding f) {
        return f.isAcknowledged() ? Tone.MUTED : f.status().tone();
    }

}
