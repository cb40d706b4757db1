package amity.report.aggregate;

import amity.model.Truth;
import amity.query.Catalog;
import amity.query.Field;
import amity.query.SortKeys;
import amity.query.ValueRow;
import amity.report.Query;
import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import amity.text.TextOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * `amity aggregate`: groups the selected records by one or more keys (or a key and an --across key for
 * a cross-tab) and computes measures per group. A record whose date spans several buckets is only
 * possibly in each, so counts become ranges lo..hi; with --unknown=bucket it goes to an "unknown" row.
 */
public final class AggregateReport {
    private AggregateReport() {
    }

    /** How the report was asked for. */
    public record Spec(List<Field> by, Field across, List<Measure> measures, boolean cumulative,
            boolean unknownBucket) {
    }

    /**
     * Why the report cannot be made with these keys, in the words of aggregate's options: a cross-tab
     * takes one --by field (and {@code across}, null when not asked), running totals one time key.
     */
    public static Optional<String> refusal(List<Field> by, Field across, boolean cumulative) {
        if (across != null && by.size() != 1) {
            return Optional.of("--across makes a cross-tab of one --by field and one --across field.");
        }
        if (cumulative && (by.size() != 1 || by.get(0).type() != FieldType.DATE)) {
            return Optional.of("--cumulative needs one time key in --by (year, decade or another date field).");
        }
        return Optional.empty();
    }

    /** Why a bar chart cannot draw the table of these keys: it draws one grouping, no cross-tab. */
    public static Optional<String> chartRefusal(List<Field> by, Field across) {
        if (by.size() != 1 || across != null) {
            return Optional.of("--chart draws one grouping: give one --by field and no --across.");
        }
        return Optional.empty();
    }

    /** The figures of one group: its measures' values, in the order they were asked for. */
    private record Members(List<Measure> measures, List<Value> values) {
        Value value(Measure m) {
            return values.get(measures.indexOf(m));
        }

        static Members of(List<Measure> measures, RunningMeasures certain, RunningMeasures all) {
            List<Value> values = new ArrayList<>(measures.size());
            for (int i = 0; i < measures.size(); i++) {
                values.add(switch (measures.get(i).kind()) {
                    case COUNT -> range(certain.count(), all.count());
                    case DISTINCT -> range(certain.distinct(i), all.distinct(i));
                    case SUM -> new Value.Range(certain.sum(i), all.sum(i));
                    case MIN, MAX, MEAN -> certain.stat(i);
                });
            }
            return new Members(measures, values);
        }
    }

    public static Table table(List<Query.Kept> kept, Spec spec) {
        int[] years = yearBounds(kept, spec);
        List<Measure> measures = new ArrayList<>(spec.measures());
        if (spec.across() != null && !measures.contains(Measure.COUNT)) {
            measures.add(Measure.COUNT);
        }
        Map<List<String>, Members> groups = spec.cumulative()
                ? cumulative(kept, spec.by().get(0), years, measures)
                : group(kept, spec.by(), spec.unknownBucket(), years, measures);
        if (spec.across() != null) {
            return crossTab(kept, spec, groups, years);
        }
        List<Column> cols = new ArrayList<>();
        for (Field f : spec.by()) {
            cols.add(new Column(f.name(), FieldType.TEXT));
        }
        for (Measure m : spec.measures()) {
            cols.add(new Column(m.column(), m.type()));
        }
        List<Table.TableRow> rows = new ArrayList<>();
        for (Map.Entry<List<String>, Members> g : sorted(groups)) {
            List<Value> cells = new ArrayList<>();
            g.getKey().forEach(k -> cells.add(Value.text(k)));
            for (Measure m : spec.measures()) {
                cells.add(g.getValue().value(m));
            }
            rows.add(new Table.TableRow(cells, Tone.NORMAL));
        }
        return new Table(cols, rows, notes(spec));
    }

    static List<String> notes(Spec spec) {
        List<String> notes = new ArrayList<>();
        if (spec.cumulative()) {
            notes.add("Running totals at the end of each " + (Buckets.isDecade(spec.by().get(0)) ? "decade" : "year")
                    + ": lo counts records certainly dated by then, hi those possibly dated by then.");
        } else if (spec.unknownBucket()) {
            notes.add("Records whose dates span several buckets are counted under 'unknown' (--unknown=bucket).");
        } else if (spec.by().stream().anyMatch(Buckets::isTime)) {
            notes.add("A record whose date spans several buckets is possibly in each: counts are ranges lo..hi "
                    + "(lo: certainly in the bucket; hi: possibly). --unknown=bucket puts such records in an "
                    + "'unknown' row instead.");
        }
        return notes;
    }

    /** The first and last year (or decade) any record certainly falls in, to list open-ended dates within. */
    static int[] yearBounds(List<Query.Kept> kept, Spec spec) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        List<Field> time = new ArrayList<>(spec.by().stream().filter(Buckets::isTime).toList());
        if (spec.across() != null && Buckets.isTime(spec.across())) {
            time.add(spec.across());
        }
        for (Field f : time) {
            int step = Buckets.isDecade(f) ? 10 : 1;
            for (Query.Kept k : kept) {
                int[] s = Buckets.span(k.row().get(f.name()), step);
                if (s == null) {
                    continue;
                }
                for (int y : s) {
                    if (y > 1 && y < 9990) {
                        lo = Math.min(lo, y);
                        hi = Math.max(hi, y);
                    }
                }
            }
        }
        return lo > hi ? new int[] {0, -1} : new int[] {lo, hi};
    }

    /**
     * The groups of the records by the keys {@code by}. The first time key (unless --unknown=bucket) is an
     * axis: a record takes one interval of buckets on it, and a sweep along the axis adds a record where its
     * interval starts and removes it where it ends, so a record costs the same whatever its interval spans.
     */
    private static Map<List<String>, Members> group(List<Query.Kept> kept, List<Field> by, boolean unknownBucket,
            int[] years, List<Measure> measures) {
        int axis = unknownBucket ? -1 : firstTime(by);
        int step = axis >= 0 && Buckets.isDecade(by.get(axis)) ? 10 : 1;
        Map<List<String>, Frame> frames = new LinkedHashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            Query.Kept k = kept.get(i);
            List<List<Buckets.Key>> parts = new ArrayList<>();
            int from = 0;
            int to = 0;
            boolean onAxis = false;
            for (int p = 0; p < by.size(); p++) {
                Field f = by.get(p);
                Value v = k.row().get(f.name());
                int[] s = p == axis ? Buckets.span(v, step) : null;
                if (s != null) {
                    onAxis = true;
                    if (s[0] == s[1]) {
                        from = to = Math.floorDiv(s[0], step);
                    } else {
                        // As listing the buckets one by one from max(start, lo) to min(end, hi) would.
                        int a = Math.max(s[0], years[0]);
                        int b = Math.min(s[1], years[1]);
                        from = Math.floorDiv(a, step);
                        to = from + (b - a) / step;
                        if (a > b) {
                            parts.add(List.of());
                            continue;
                        }
                    }
                    parts.add(List.of(new Buckets.Key(null, s[0] == s[1])));
                } else {
                    parts.add(Buckets.of(f, v, unknownBucket, years[0], years[1]));
                }
            }
            RunningMeasures.Item item = null;
            // Most records fall in one key per part: their one combination needs no product (nor a stream).
            List<Buckets.Key> one = new ArrayList<>(parts.size());
            for (List<Buckets.Key> x : parts) {
                if (x.size() == 1) {
                    one.add(x.get(0));
                }
            }
            for (List<Buckets.Key> combo : one.size() == parts.size() ? List.of(one) : product(parts)) {
                boolean sure = k.truth() == Truth.YES;
                List<String> key = new ArrayList<>(combo.size());
                for (Buckets.Key c : combo) {
                    sure &= c.certain();
                    key.add(c.key());
                }
                item = item == null ? RunningMeasures.Item.of(i, k.row(), measures) : item;
                frames.computeIfAbsent(key, x -> new Frame()).add(item, onAxis ? from : 0, onAxis ? to : 0, sure);
            }
        }
        Map<List<String>, Members> groups = new LinkedHashMap<>();
        frames.forEach((key, frame) -> frame.sweep(measures, (bucket, members) -> {
            List<String> full = new ArrayList<>(key);
            if (axis >= 0 && full.get(axis) == null) {
                full.set(axis, Buckets.label(bucket * step, step));
            }
            groups.put(List.copyOf(full), members);
        }));
        if (by.size() == 1 && Buckets.isTime(by.get(0)) && years[0] <= years[1]) {
            int gap = Buckets.isDecade(by.get(0)) ? 10 : 1;
            RunningMeasures none = new RunningMeasures(measures);
            for (int y = years[0]; y <= years[1]; y += gap) {
                groups.computeIfAbsent(List.of(Buckets.label(y, gap)), x -> Members.of(measures, none, none));
            }
        }
        return groups;
    }

    private static int firstTime(List<Field> by) {
        for (int p = 0; p < by.size(); p++) {
            if (Buckets.isTime(by.get(p))) {
                return p;
            }
        }
        return -1;
    }

    /** The records of the groups that share every key but the axis, each with its interval of buckets. */
    private static final class Frame {
        private final List<RunningMeasures.Item> items = new ArrayList<>();
        private int[] from = new int[4];
        private int[] to = new int[4];
        private boolean[] sure = new boolean[4];

        void add(RunningMeasures.Item item, int first, int last, boolean certain) {
            int n = items.size();
            if (n == from.length) {
                from = java.util.Arrays.copyOf(from, 2 * n);
                to = java.util.Arrays.copyOf(to, 2 * n);
                sure = java.util.Arrays.copyOf(sure, 2 * n);
            }
            items.add(item);
            from[n] = first;
            to[n] = last;
            sure[n] = certain;
        }

        /** The records' positions ordered by a bucket of theirs (the bucket in the high half, sorted as a long). */
        private static long[] order(int[] bucket, int n) {
            long[] order = new long[n];
            for (int i = 0; i < n; i++) {
                order[i] = (long) bucket[i] << 32 | i;
            }
            java.util.Arrays.sort(order);
            return order;
        }

        /** Each bucket some record may fall in, with its members; a record is certain only in a bucket of its own. */
        void sweep(List<Measure> measures, java.util.function.BiConsumer<Integer, Members> out) {
            int n = items.size();
            long[] byStart = order(from, n);
            long[] byEnd = order(to, n);
            RunningMeasures all = new RunningMeasures(measures);
            RunningMeasures none = new RunningMeasures(measures);
            int next = 0;
            int gone = 0;
            int bucket = n == 0 ? 0 : from[(int) byStart[0]];
            while (next < n || all.count() > 0) {
                while (gone < n && to[(int) byEnd[gone]] < bucket) {
                    all.remove(items.get((int) byEnd[gone++]));
                }
                if (all.count() == 0) {
                    if (next == n) {
                        break;
                    }
                    bucket = Math.max(bucket, from[(int) byStart[next]]);
                }
                RunningMeasures certain = none;
                while (next < n && from[(int) byStart[next]] == bucket) {
                    int i = (int) byStart[next++];
                    all.add(items.get(i));
                    if (sure[i]) {
                        certain = certain == none ? new RunningMeasures(measures) : certain;
                        certain.add(items.get(i));
                    }
                }
                out.accept(bucket, Members.of(measures, certain, all));
                bucket++;
            }
        }
    }

    /**
     * Running totals at the end of each bucket: a record is possibly counted from the bucket its date starts
     * in, certainly from the one it ends in; an unknown date may fall in any, so it is possibly in all.
     */
    private static Map<List<String>, Members> cumulative(List<Query.Kept> kept, Field f, int[] years,
            List<Measure> measures) {
        int step = Buckets.isDecade(f) ? 10 : 1;
        RunningMeasures certain = new RunningMeasures(measures);
        RunningMeasures all = new RunningMeasures(measures);
        List<int[]> starts = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        List<RunningMeasures.Item> items = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Query.Kept k = kept.get(i);
            RunningMeasures.Item item = RunningMeasures.Item.of(i, k.row(), measures);
            items.add(item);
            int[] s = Buckets.span(k.row().get(f.name()), step);
            if (s == null) {
                all.add(item);
                continue;
            }
            starts.add(new int[] {s[0], i});
            if (k.truth() == Truth.YES) {
                ends.add(new int[] {s[1], i});
            }
        }
        starts.sort(Comparator.comparingInt(s -> s[0]));
        ends.sort(Comparator.comparingInt(s -> s[0]));
        Map<List<String>, Members> groups = new LinkedHashMap<>();
        int a = 0;
        int c = 0;
        for (int y = years[0]; y <= years[1]; y += step) {
            for (; a < starts.size() && starts.get(a)[0] <= y; a++) {
                all.add(items.get(starts.get(a)[1]));
            }
            for (; c < ends.size() && ends.get(c)[0] <= y; c++) {
                certain.add(items.get(ends.get(c)[1]));
            }
            groups.put(List.of(Buckets.label(y, step)), Members.of(measures, certain, all));
        }
        return groups;
    }

    static List<List<Buckets.Key>> product(List<List<Buckets.Key>> parts) {
        List<List<Buckets.Key>> out = new ArrayList<>();
        out.add(List.of());
        for (List<Buckets.Key> part : parts) {
            List<List<Buckets.Key>> next = new ArrayList<>();
            for (List<Buckets.Key> prefix : out) {
                for (Buckets.Key k : part) {
                    List<Buckets.Key> combo = new ArrayList<>(prefix);
                    combo.add(k);
                    next.add(combo);
                }
            }
            out = next;
        }
        return out;
    }

    /** Groups by key: years numerically, other keys by text, with "(none)" and "unknown" last. */
    static <T> List<Map.Entry<List<String>, T>> sorted(Map<List<String>, T> groups) {
        List<Map.Entry<List<String>, T>> list = new ArrayList<>(groups.entrySet());
        list.sort((a, b) -> {
            for (int i = 0; i < a.getKey().size(); i++) {
                int c = KEY_ORDER.compare(a.getKey().get(i), b.getKey().get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        return list;
    }

    static final Comparator<String> KEY_ORDER = (a, b) -> {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        if (ra == 0 && Buckets.isYearKey(a) && Buckets.isYearKey(b)) {
            return Integer.compare(Buckets.year(a), Buckets.year(b));
        }
        return TextOrder.compare(a, b);
    };

    private static int rank(String key) {
        return key.equals(Buckets.UNKNOWN) ? 2 : key.equals(Buckets.NONE) ? 1 : 0;
    }

    private static Value range(long lo, long hi) {
        return new Value.Range(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi));
    }

    /** Rows by the --by key, columns by the --across key, counts in the cells, totals on both edges. */
    private static Table crossTab(List<Query.Kept> kept, Spec spec, Map<List<String>, Members> rowsByKey,
            int[] years) {
        Field across = spec.across();
        List<Measure> count = List.of(Measure.COUNT);
        Map<List<String>, Members> colsByKey = group(kept, List.of(across), spec.unknownBucket(), years, count);
        Map<List<String>, Members> cells = group(kept, List.of(spec.by().get(0), across), spec.unknownBucket(),
                years, count);
        List<String> colKeys = sorted(colsByKey).stream().map(e -> e.getKey().get(0)).toList();
        List<Column> cols = new ArrayList<>();
        cols.add(new Column(spec.by().get(0).name(), FieldType.TEXT));
        for (String c : colKeys) {
            cols.add(new Column(c, FieldType.RANGE));
        }
        cols.add(new Column("total", FieldType.RANGE));
        List<Table.TableRow> rows = new ArrayList<>();
        for (Map.Entry<List<String>, Members> r : sorted(rowsByKey)) {
            List<Value> cells2 = new ArrayList<>();
            cells2.add(Value.text(r.getKey().get(0)));
            for (String c : colKeys) {
                Members m = cells.get(List.of(r.getKey().get(0), c));
                cells2.add(m == null ? range(0, 0) : m.value(Measure.COUNT));
            }
            cells2.add(r.getValue().value(Measure.COUNT));
            rows.add(new Table.TableRow(cells2, Tone.NORMAL));
        }
        RunningMeasures certain = new RunningMeasures(count);
        RunningMeasures all = new RunningMeasures(count);
        for (int i = 0; i < kept.size(); i++) {
            RunningMeasures.Item item = RunningMeasures.Item.of(i, kept.get(i).row(), count);
            all.add(item);
            if (kept.get(i).truth() == Truth.YES) {
                certain.add(item);
            }
        }
        List<Value> total = new ArrayList<>();
        total.add(Value.text("total"));
        for (String c : colKeys) {
            total.add(colsByKey.get(List.of(c)).value(Measure.COUNT));
        }
        total.add(Members.of(count, certain, all).value(Measure.COUNT));
        rows.add(new Table.TableRow(total, Tone.NORMAL));
        List<String> notes = notes(spec);
        notes.add("Cells count " + spec.by().get(0).name() + " by " + across.name()
                + "; totals count each record once.");
        return new Table(cols, rows, notes);
    }

    /** The fields --sort may name on an aggregated table: its own columns. */
    public static Catalog sortCatalog(Table table) {
        return new Catalog("aggregate", Field.of(table));
    }

    /** The aggregated rows in the order {@code sort} gives (ties keep the report's order), cut to {@code limit}. */
    public static Table sorted(Table table, SortKeys sort, int limit) {
        if (sort.keys().isEmpty() && limit <= 0) {
            return table;
        }
        List<Column> cols = table.columns();
        List<ValueRow> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Map<String, Value> v = new LinkedHashMap<>();
            for (int c = 0; c < cols.size(); c++) {
                v.put(cols.get(c).name(), table.rows().get(i).cells().get(c));
            }
            // Ids in the report's order: the tie-break keeps it.
            rows.add(new ValueRow(String.format(Locale.ROOT, "%08d", i), v, table.rows().get(i)));
        }
        rows.sort(sort.comparator());
        List<Table.TableRow> out = new ArrayList<>();
        for (ValueRow r : rows) {
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            out.add((Table.TableRow) r.record());
        }
        return new Table(cols, out, table.notes());
    }
}
