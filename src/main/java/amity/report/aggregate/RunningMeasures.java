package amity.report.aggregate;

import amity.query.ValueRow;
import amity.table.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measures of a set of rows that a sweep along the time buckets adds rows to and removes rows
 * from, so that a group's figures cost what changes between two buckets, not the size of the group.
 */
final class RunningMeasures {
    /** What one row brings to each measure, worked out once: its number, or its distinct keys. */
    record Item(int index, BigDecimal[] numbers, List<String>[] keys) {
        @SuppressWarnings("unchecked")
        static Item of(int index, ValueRow row, List<Measure> measures) {
            BigDecimal[] numbers = new BigDecimal[measures.size()];
            List<String>[] keys = new List[measures.size()];
            for (int i = 0; i < measures.size(); i++) {
                Measure m = measures.get(i);
                if (m.kind() == Measure.Kind.DISTINCT) {
                    keys[i] = Buckets.of(m.field(), row.get(m.field().name()), true, 0, -1).stream()
                            .map(Buckets.Key::key).filter(k -> !k.equals(Buckets.NONE)).toList();
                } else if (m.kind() != Measure.Kind.COUNT && row.get(m.field().name()) instanceof Value.Num n) {
                    numbers[i] = n.number();
                }
            }
            return new Item(index, numbers, keys);
        }
    }

    private final List<Measure> measures;
    private int count;
    private final int[] nums;
    private final BigDecimal[] sums;
    /** Per measure, how many rows have each scale: a sum keeps the largest, as adding them one by one does. */
    private final List<TreeMap<Integer, Integer>> scales;
    private final List<Map<String, Integer>> distinct;
    /** Min or max so far, and the row it came from (ties keep the first row, as a pass in row order does). */
    private final BigDecimal[] best;
    private final int[] bestIndex;
    /** Whether every measure is a count: then a row changes nothing but the count (most aggregates). */
    private final boolean countsOnly;

    RunningMeasures(List<Measure> measures) {
        this.measures = measures;
        int n = measures.size();
        nums = new int[n];
        sums = new BigDecimal[n];
        best = new BigDecimal[n];
        bestIndex = new int[n];
        scales = new java.util.ArrayList<>(n);
        distinct = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sums[i] = BigDecimal.ZERO;
            scales.add(new TreeMap<>());
            distinct.add(new HashMap<>());
        }
        countsOnly = measures.stream().allMatch(m -> m.kind() == Measure.Kind.COUNT);
    }

    int count() {
        return count;
    }

    void add(Item item) {
        change(item, 1);
    }

    /** Takes a row out again; min and max are only asked of tallies that never shrink. */
    void remove(Item item) {
        change(item, -1);
    }

    private void change(Item item, int by) {
        count += by;
        if (countsOnly) {
            return;
        }
        for (int i = 0; i < measures.size(); i++) {
            if (item.keys()[i] != null) {
                for (String k : item.keys()[i]) {
                    distinct.get(i).merge(k, by, (x, y) -> x + y == 0 ? null : x + y);
                }
            }
            BigDecimal n = item.numbers()[i];
            if (n == null) {
                continue;
            }
            nums[i] += by;
            sums[i] = by > 0 ? sums[i].add(n) : sums[i].subtract(n);
            scales.get(i).merge(n.scale(), by, (x, y) -> x + y == 0 ? null : x + y);
            int c = best[i] == null ? 0 : n.compareTo(best[i]);
            boolean better = measures.get(i).kind() == Measure.Kind.MIN ? c < 0 : c > 0;
            if (by > 0 && (best[i] == null || better || c == 0 && item.index() < bestIndex[i])) {
                best[i] = n;
                bestIndex[i] = item.index();
            }
        }
    }

    int distinct(int i) {
        return distinct.get(i).size();
    }

    /** The sum as adding the numbers to zero one by one gives it, scale included. */
    BigDecimal sum(int i) {
        int scale = scales.get(i).isEmpty() ? 0 : Math.max(0, scales.get(i).lastKey());
        return sums[i].setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** min, max or mean of the numbers. */
    Value stat(int i) {
        if (nums[i] == 0) {
            return Value.MISSING;
        }
        return switch (measures.get(i).kind()) {
            case MIN, MAX -> new Value.Num(best[i]);
            default -> new Value.Num(sum(i).divide(BigDecimal.valueOf(nums[i]), new MathContext(6))
                    .stripTrailingZeros());
        };
    }
}
