package amity.report;

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
}
