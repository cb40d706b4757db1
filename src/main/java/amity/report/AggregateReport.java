package amity.report;

import amity.query.Catalog;
import amity.query.Field;
import amity.query.FieldType;
import amity.query.SortKeys;
import amity.query.Value;
import amity.query.ValueRow;
import amity.model.Truth;
import amity.text.TextOrder;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    /** The records of one group: those certainly in it, and those only possibly in it. */
    private static final class Members {
        final Set<ValueRow> certain = new LinkedHashSet<>();
        final Set<ValueRow> possible = new LinkedHashSet<>();

        void add(ValueRow r, boolean sure) {
            if (sure) {
                certain.add(r);
                possible.remove(r);
            } else if (!certain.contains(r)) {
                possible.add(r);
            }
        }
    }

    public static Table table(List<Query.Kept> kept, Spec spec) {
        int[] years = yearBounds(kept, spec);
        Map<List<String>, Members> groups = spec.cumulative() ? cumulative(kept, spec.by().get(0), years)
                : group(kept, spec.by(), spec.unknownBucket(), years);
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
                cells.add(measure(m, g.getValue()));
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
    private static int[] yearBounds(List<Query.Kept> kept, Spec spec) {
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

    private static Map<List<String>, Members> group(List<Query.Kept> kept, List<Field> by, boolean unknownBucket,
            int[] years) {
        Map<List<String>, Members> groups = new LinkedHashMap<>();
        for (Query.Kept k : kept) {
            List<List<Buckets.Key>> parts = new ArrayList<>();
            for (Field f : by) {
                parts.add(Buckets.of(f, k.row().get(f.name()), unknownBucket, years[0], years[1]));
            }
            for (List<Buckets.Key> combo : product(parts)) {
                boolean sure = k.truth() == Truth.YES && combo.stream().allMatch(Buckets.Key::certain);
                groups.computeIfAbsent(combo.stream().map(Buckets.Key::key).toList(), x -> new Members())
                        .add(k.row(), sure);
            }
        }
        if (by.size() == 1 && Buckets.isTime(by.get(0)) && years[0] <= years[1]) {
            int step = Buckets.isDecade(by.get(0)) ? 10 : 1;
            for (int y = years[0]; y <= years[1]; y += step) {
                groups.computeIfAbsent(List.of(Buckets.label(y, step)), x -> new Members());
            }
        }
        return groups;
    }

    private static Map<List<String>, Members> cumulative(List<Query.Kept> kept, Field f, int[] years) {
        int step = Buckets.isDecade(f) ? 10 : 1;
        Map<List<String>, Members> groups = new LinkedHashMap<>();
        for (int y = years[0]; y <= years[1]; y += step) {
            Members m = new Members();
            for (Query.Kept k : kept) {
                int[] s = Buckets.span(k.row().get(f.name()), step);
                if (s == null) {
                    // An unknown date may fall in any year: possibly counted everywhere, certainly nowhere.
                    m.add(k.row(), false);
                    continue;
                }
                if (s[1] <= y && k.truth() == Truth.YES) {
                    m.add(k.row(), true);
                } else if (s[0] <= y) {
                    m.add(k.row(), false);
                }
            }
            groups.put(List.of(Buckets.label(y, step)), m);
        }
        return groups;
    }

    private static List<List<Buckets.Key>> product(List<List<Buckets.Key>> parts) {
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
    private static List<Map.Entry<List<String>, Members>> sorted(Map<List<String>, Members> groups) {
        List<Map.Entry<List<String>, Members>> list = new ArrayList<>(groups.entrySet());
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

    private static Value measure(Measure m, Members g) {
        List<ValueRow> all = new ArrayList<>(g.certain);
        all.addAll(g.possible);
        return switch (m.kind()) {
            case COUNT -> range(g.certain.size(), all.size());
            case DISTINCT -> range(distinct(g.certain, m.field()), distinct(all, m.field()));
            case SUM -> {
                BigDecimal lo = sum(g.certain, m.field());
                BigDecimal hi = sum(all, m.field());
                yield new Value.Range(lo, hi);
            }
            case MIN, MAX, MEAN -> stat(m, g.certain);
        };
    }

    private static Value range(long lo, long hi) {
        return new Value.Range(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi));
    }

    private static int distinct(java.util.Collection<ValueRow> rows, Field f) {
        Set<String> seen = new TreeSet<>();
        for (ValueRow r : rows) {
            for (Buckets.Key k : Buckets.of(f, r.get(f.name()), true, 0, -1)) {
                if (!k.key().equals(Buckets.NONE)) {
                    seen.add(k.key());
                }
            }
        }
        return seen.size();
    }

    private static BigDecimal sum(java.util.Collection<ValueRow> rows, Field f) {
        BigDecimal s = BigDecimal.ZERO;
        for (ValueRow r : rows) {
            if (r.get(f.name()) instanceof Value.Num n) {
                s = s.add(n.number());
            }
        }
        return s;
    }

    /** min, max or mean over the records certainly in the group. */
    private static Value stat(Measure m, java.util.Collection<ValueRow> rows) {
        List<BigDecimal> nums = new ArrayList<>();
        for (ValueRow r : rows) {
            if (r.get(m.field().name()) instanceof Value.Num n) {
                nums.add(n.number());
            }
        }
        if (nums.isEmpty()) {
            return Value.MISSING;
        }
        return switch (m.kind()) {
            case MIN -> new Value.Num(nums.stream().min(BigDecimal::compareTo).orElseThrow());
            case MAX -> new Value.Num(nums.stream().max(BigDecimal::compareTo).orElseThrow());
            default -> new Value.Num(nums.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(nums.size()), new MathContext(6)).stripTrailingZeros());
        };
    }

    /** Rows by the --by key, columns by the --across key, counts in the cells, totals on both edges. */
    private static Table crossTab(List<Query.Kept> kept, Spec spec, Map<List<String>, Members> rowsByKey,
            int[] years) {
        Field across = spec.across();
        Map<List<String>, Members> colsByKey = group(kept, List.of(across), spec.unknownBucket(), years);
        Map<List<String>, Members> cells = group(kept, List.of(spec.by().get(0), across), spec.unknownBucket(),
                years);
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
                cells2.add(m == null ? range(0, 0) : measure(Measure.COUNT, m));
            }
            cells2.add(measure(Measure.COUNT, r.getValue()));
            rows.add(new Table.TableRow(cells2, Tone.NORMAL));
        }
        Members everything = new Members();
        kept.forEach(k -> everything.add(k.row(), k.truth() == Truth.YES));
        List<Value> total = new ArrayList<>();
        total.add(Value.text("total"));
        for (String c : colKeys) {
            total.add(measure(Measure.COUNT, colsByKey.get(List.of(c))));
        }
        total.add(measure(Measure.COUNT, everything));
        rows.add(new Table.TableRow(total, Tone.NORMAL));
        List<String> notes = notes(spec);
        notes.add("Cells count " + spec.by().get(0).name() + " by " + across.name()
                + "; totals count each record once.");
        return new Table(cols, rows, notes);
    }

    /** The fields --sort may name on an aggregated table: its own columns. */
    public static Catalog sortCatalog(Table table) {
        return new Catalog("aggregate", table.fields());
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
