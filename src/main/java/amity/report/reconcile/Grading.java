package amity.report.reconcile;

import amity.model.Allowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * A count graded against what its qualifier allows by arithmetic, where no other figure is involved:
 * {@code certain} members certainly count, {@code possible} possibly do, and the {@code uncertain}
 * records (asked for only when needed) are the ones that may fall either way. Confirmed when every count from certain to possible
 * is allowed; possible when some is, needing {@link Need#lo()}..{@link Need#hi()} of the uncertain
 * records; conflicts when the certain ones alone exceed it; records-short when even all are too few.
 */
record Grading(Status status, BigDecimal gap, Need need) {

    static Grading of(Allowed allowed, int certain, int possible, Supplier<List<String>> uncertain) {
        BigDecimal gap = allowed.gap(certain, possible);
        if (gap.signum() < 0) {
            return new Grading(Status.CONFLICTS, gap, Need.NONE);
        }
        if (gap.signum() > 0) {
            return new Grading(Status.RECORDS_SHORT, gap, Need.NONE);
        }
        long lo = allowed.least();
        long hi = allowed.greatest();
        if (lo <= certain && possible <= hi) {
            return new Grading(Status.CONFIRMED, gap, Need.NONE);
        }
        int spread = possible - certain;
        int needLo = (int) Math.max(0, lo - certain);
        int needHi = (int) Math.min(spread, hi - certain);
        return new Grading(Status.POSSIBLE, gap, new Need(needLo, needHi, uncertain.get()));
    }

    /**
     * As above where the counts that can occur are not every number from the least to the greatest: a
     * union of {@code ranges}, one per day an interval date may stand for (an interval as_of, a ranked tie
     * of uncertain date). A qualifier that allows only numbers falling between those ranges conflicts.
     */
    static Grading of(Allowed allowed, List<Span> ranges, Supplier<List<String>> uncertain) {
        int certain = ranges.stream().mapToInt(Span::lo).min().orElseThrow();
        int possible = ranges.stream().mapToInt(Span::hi).max().orElseThrow();
        Grading hull = of(allowed, certain, possible, uncertain);
        if (hull.status() != Status.POSSIBLE || ranges.stream().anyMatch(r -> allowed.gap(r.lo(), r.hi()).signum() == 0)) {
            return hull;
        }
        // The allowed numbers lie between two that can occur: the gap to the nearest one above them.
        int above = ranges.stream().mapToInt(Span::lo).filter(lo -> allowed.gap(lo, lo).signum() < 0).min()
                .orElseThrow();
        return new Grading(Status.CONFLICTS, allowed.gap(above, above), Need.NONE);
    }

    /** The counts that can occur on one day: every number from {@code lo} to {@code hi}. */
    record Span(int lo, int hi) {
    }

    /** The numbers {@code ranges} hold, in words: "1 or 3", "1..2 or 4". */
    static String words(List<Span> ranges) {
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        for (Span r : ranges) {
            for (int i = r.lo(); i <= r.hi() && all.size() < 1000; i++) {
                all.add(i);
            }
        }
        List<String> parts = new java.util.ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int i : all) {
            if (prev != null && i != prev + 1) {
                parts.add(start.equals(prev) ? String.valueOf(start) : start + ".." + prev);
                start = i;
            } else if (start == null) {
                start = i;
            }
            prev = i;
        }
        parts.add(start.equals(prev) ? String.valueOf(start) : start + ".." + prev);
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    /** Whether the ranges leave a number between their least and greatest out. */
    static boolean gapped(List<Span> ranges) {
        List<Span> sorted = ranges.stream().sorted(java.util.Comparator.comparingInt(Span::lo)).toList();
        int reach = sorted.get(0).hi();
        for (Span r : sorted) {
            if (r.lo() > reach + 1) {
                return true;
            }
            reach = Math.max(reach, r.hi());
        }
        return false;
    }
}
