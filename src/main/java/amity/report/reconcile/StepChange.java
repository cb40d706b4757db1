package amity.report.reconcile;

import amity.model.Truth;
import amity.report.AsOf;
import java.util.HashMap;
import java.util.Map;

/**
 * The least and greatest change of a distinct count between two dates, over every placement of the
 * uncertain dates: each value rises by one when none of its records counts at the first date and one
 * does at the second, falls by one the other way round. Values have records of their own, so each is
 * worked out alone from what its records allow at the two dates, and the changes add up.
 */
final class StepChange {
    private StepChange() {
    }

    /** {least, greatest} change from {@code before} to {@code after}, two derivations of one rule over the same rows. */
    static int[] distinct(Derivation before, Derivation after) {
        // Per value: the (counted before, counted after) pairs its records can give together, as bits a*2+b.
        Map<String, Integer> reach = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            String value = before.key(i);
            if (value.isEmpty()) {
                continue;
            }
            int pairs = pairs(before.truth(i), after.truth(i), AsOf.ends(before.row(i).record()));
            int had = reach.getOrDefault(value, 1); // no record yet: counted at neither date
            int now = 0;
            for (int s = 0; s < 4; s++) {
                for (int p = 0; p < 4; p++) {
                    if ((had >> s & 1) == 1 && (pairs >> p & 1) == 1) {
                        now |= 1 << (s | p);
                    }
                }
            }
            reach.put(value, now);
        }
        int least = 0;
        int greatest = 0;
        for (int states : reach.values()) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int s = 0; s < 4; s++) {
                if ((states >> s & 1) == 1) {
                    int change = (s & 1) - (s >> 1);
                    lo = Math.min(lo, change);
                    hi = Math.max(hi, change);
                }
            }
            least += lo;
            greatest += hi;
        }
        return new int[] {least, greatest};
    }

    /**
     * The (before, after) pairs one record can give, as bits a*2+b: what each date allows, where a
     * record with no end, once counted, stays counted.
     */
    private static int pairs(Truth before, Truth after, boolean ends) {
        int out = 0;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                if (allows(before, a) && allows(after, b) && (ends || a <= b)) {
                    out |= 1 << (a * 2 + b);
                }
            }
        }
        return out == 0 ? 1 << ((before == Truth.YES ? 2 : 0) + (after == Truth.YES ? 1 : 0)) : out;
    }

    private static boolean allows(Truth t, int counted) {
        return counted == 1 ? t != Truth.NO : t != Truth.YES;
    }
}
