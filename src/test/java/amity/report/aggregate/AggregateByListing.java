package amity.report.aggregate;

import amity.model.Truth;
import amity.query.Field;
import amity.query.ValueRow;
import amity.report.Query;
import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * aggregate's report as it was first written, listing every bucket a record's date spans and every
 * year of a running total: the straightforward reference AggregateReportSweepTest holds the sweep to.
 */
final class AggregateByListing {
    private AggregateByListing() {
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

    static Table table(List<Query.Kept> kept, AggregateReport.Spec spec) {
        int[] years = AggregateReport.yearBounds(kept, spec);
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
        for (Map.Entry<List<String>, Members> g : AggregateReport.sorted(groups)) {
            List<Value> cells = new ArrayList<>();
            g.getKey().forEach(k -> cells.add(Value.text(k)));
            for (Measure m : spec.measures()) {
                cells.add(measure(m, g.getValue()));
            }
            rows.add(new Table.TableRow(cells, Tone.NORMAL));
        }
        return new Table(cols, rows, AggregateReport.notes(spec));
    }

    private static Map<List<String>, Members> group(List<Query.Kept> kept, List<Field> by, boolean unknownBucket,
            int[] years) {
        Map<List<String>, Members> groups = new LinkedHashMap<>();
        for (Query.Kept k : kept) {
            List<List<Buckets.Key>> parts = new ArrayList<>();
            for (Field f : by) {
                parts.add(Buckets.of(f, k.row().get(f.name()), unknownBucket, years[0], years[1]));
            }
            for (List<Buckets.Key> combo : AggregateReport.product(parts)) {
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
    private static Table crossTab(List<Query.Kept> kept, AggregateReport.Spec spec, Map<List<String>, Members> rowsByKey,
            int[] years) {
        Field across = spec.across();
        Map<List<String>, Members> colsByKey = group(kept, List.of(across), spec.unknownBucket(), years);
        Map<List<String>, Members> cells = group(kept, List.of(spec.by().get(0), across), spec.unknownBucket(),
                years);
        List<String> colKeys = AggregateReport.sorted(colsByKey).stream().map(e -> e.getKey().get(0)).toList();
        List<Column> cols = new ArrayList<>();
        cols.add(new Column(spec.by().get(0).name(), FieldType.TEXT));
        for (String c : colKeys) {
            cols.add(new Column(c, FieldType.RANGE));
        }
        cols.add(new Column("total", FieldType.RANGE));
        List<Table.TableRow> rows = new ArrayList<>();
        for (Map.Entry<List<String>, Members> r : AggregateReport.sorted(rowsByKey)) {
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
        List<String> notes = AggregateReport.notes(spec);
        notes.add("Cells count " + spec.by().get(0).name() + " by " + across.name()
                + "; totals count each record once.");
        return new Table(cols, rows, notes);
    }

}
