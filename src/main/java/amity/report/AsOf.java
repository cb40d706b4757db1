package amity.report;

import amity.model.Agreement;
import amity.model.DateInterval;
import amity.model.Ending;
import amity.model.Figure;
import amity.model.Program;
import amity.model.Source;
import amity.model.Truth;

/** Whether a record existed on a date: signed (started, published) by then and not ended. */
public final class AsOf {
    private AsOf() {
    }

    /**
     * The day --as-of DATE stands for: the last day of DATE, so --as-of 2000 counts what existed at the end
     * of 2000, as aggregate --cumulative's row for 2000 does.
     */
    public static DateInterval endOf(DateInterval date) {
        return date.isDay() ? date : DateInterval.of(date.latest().toString());
    }

    public static Truth holds(Object record, DateInterval date) {
        if (record instanceof Agreement a) {
            return alive(a.effectiveSigned(), a.ended(), date);
        }
        if (record instanceof Program p) {
            return alive(p.started(), p.ended(), date);
        }
        if (record instanceof Figure f) {
            return f.asOf().onOrBefore(date);
        }
        if (record instanceof Source s) {
            return s.published().given() ? s.published().onOrBefore(date) : Truth.MAYBE;
        }
        return Truth.YES;
    }

    /** Whether the record has an end date: only then can it leave a count it was in. */
    public static boolean ends(Object record) {
        return record instanceof Agreement a ? a.ended() instanceof Ending.Ended
                : record instanceof Program p && p.ended() instanceof Ending.Ended;
    }

    private static Truth alive(DateInterval start, Ending end, DateInterval date) {
        Truth started = start.onOrBefore(date);
        // Without an Optional: reconcile asks this for every record of every count.
        Truth endedBefore = end instanceof Ending.Ended e ? e.when().onOrBefore(date) : Truth.NO;
        return started.and(endedBefore.not());
    }

    /** Why a record is out of, or only possibly in, the set at {@code date}; "" when it certainly counts. */
    public static String why(Object record, DateInterval date) {
        Truth t = holds(record, date);
        if (t == Truth.YES) {
            return "";
        }
        String word = t == Truth.NO ? "" : "possibly ";
        if (record instanceof Agreement a) {
            if (a.ended().date().filter(e -> e.onOrBefore(date) != Truth.NO).isPresent()) {
                return word + "ended " + a.ended() + " by " + date;
            }
            return "signed " + a.effectiveSigned() + ", " + word + "after " + date;
        }
        if (record instanceof Program p) {
            return "started " + (p.started().given() ? p.started() : "at an unknown date") + ", " + word + "after "
                    + date;
        }
        if (record instanceof Figure f) {
            return "as of " + f.asOf() + ", " + word + "after " + date;
        }
        if (record instanceof Source s) {
            return "published " + s.published() + ", " + word + "after " + date;
        }
        return "";
    }
}
