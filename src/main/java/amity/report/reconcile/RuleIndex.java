package amity.report.reconcile;

import amity.model.Agreement;
import amity.model.DateInterval;
import amity.model.Truth;
import amity.query.ValueRow;
import amity.report.AsOf;
import java.util.Arrays;
import java.util.List;

/**
 * One counts rule's rows arranged by date, so that the number of records that certainly and
 * possibly count at any date takes two binary searches instead of a pass over every record:
 * reconcile asks it for each figure's date and each step of each series. An agreement that has
 * not ended counts certainly from its signing date's latest day and possibly from its earliest;
 * the few others (ended agreements, programs, figures, sources) are counted one by one.
 */
final class RuleIndex {
    private final long[] certainFrom;
    private final long[] possibleFrom;
    private final int[] others;

    private RuleIndex(long[] certainFrom, long[] possibleFrom, int[] others) {
        this.certainFrom = certainFrom;
        this.possibleFrom = possibleFrom;
        this.others = others;
    }

    static RuleIndex of(List<ValueRow> rows, Truth[] matched) {
        long[] certain = new long[rows.size()];
        long[] possible = new long[rows.size()];
        int[] others = new int[rows.size()];
        int c = 0;
        int p = 0;
        int o = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (matched[i] == Truth.NO) {
                continue;
            }
            if (rows.get(i).record() instanceof Agreement a && a.ended().date().isEmpty()) {
                DateInterval signed = a.effectiveSigned();
                if (matched[i] == Truth.YES) {
                    certain[c++] = signed.latest().toEpochDay();
                }
                possible[p++] = signed.earliest().toEpochDay();
            } else {
                others[o++] = i;
            }
        }
        long[] cs = Arrays.copyOf(certain, c);
        long[] ps = Arrays.copyOf(possible, p);
        Arrays.sort(cs);
        Arrays.sort(ps);
        return new RuleIndex(cs, ps, Arrays.copyOf(others, o));
    }

    /** {lo, hi}: the records that certainly and possibly count at {@code date}, as AsOf decides. */
    int[] count(List<ValueRow> rows, Truth[] matched, DateInterval date) {
        // Signed on or before the date: certainly when its latest day is not after the date's earliest.
        int lo = atMost(certainFrom, date.earliest().toEpochDay());
        int hi = atMost(possibleFrom, date.latest().toEpochDay());
        for (int i : others) {
            Truth t = matched[i].and(AsOf.holds(rows.get(i).record(), date));
            lo += t == Truth.YES ? 1 : 0;
            hi += t != Truth.NO ? 1 : 0;
        }
        return new int[] {lo, hi};
    }

    /** How many of the sorted {@code days} are at most {@code day}. */
    private static int atMost(long[] days, long day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
