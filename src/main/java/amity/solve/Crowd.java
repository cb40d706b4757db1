package amity.solve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.IntVar;

/**
 * Items of uncertain date that are interchangeable: the same recorded window, counted by exactly the
 * same plain tallies and steps at fixed days, and mentioned by no other claim. Those claims see only
 * how many of them fall by each of those days, so the model holds one count per day for the whole
 * crowd instead of a day per item, and the search no longer walks through every permutation of them
 * (the benchmark's hub cities have hundreds of such undated ties). Any sequence of counts that never
 * falls is a placement of the items, one segment between two days at a time, so nothing is lost.
 */
final class Crowd {
    /** The items, in id order. */
    final List<String> items;
    /** The recorded window, in epoch days. */
    final int lo;
    final int hi;
    /** The days the claims count the crowd by, ascending, each within {@code lo..hi-1}. */
    final int[] days;
    /** {@code byDay[j]}: how many of the items were signed on or before {@code days[j]}; never falls. */
    final IntVar[] byDay;

    private Crowd(List<String> items, int lo, int hi, int[] days, Model model) {
        this.items = List.copyOf(items);
        this.lo = lo;
        this.hi = hi;
        this.days = days;
        this.byDay = new IntVar[days.length];
        for (int j = 0; j < days.length; j++) {
            byDay[j] = model.intVar("crowd:" + items.get(0) + "@" + days[j], 0, items.size(), true);
            if (j > 0) {
                model.arithm(byDay[j - 1], "<=", byDay[j]).post();
            }
        }
    }

    int size() {
        return items.size();
    }

    /** How many of the items were signed on or before {@code day}: a count variable, or a constant outside the window. */
    IntVar by(int day, Model model) {
        if (day < lo) {
            return model.intVar(0);
        }
        if (day >= hi) {
            return model.intVar(items.size());
        }
        int j = java.util.Arrays.binarySearch(days, day);
        if (j < 0) {
            throw new IllegalStateException("crowd of " + items.get(0) + " is not counted by day " + day);
        }
        return byDay[j];
    }

    /** The first day of segment {@code j} (0..days.length): after the day before it, or the window's start. */
    int start(int j) {
        return j == 0 ? lo : days[j - 1] + 1;
    }

    /** The last day of segment {@code j}: its day, or the window's end. */
    int end(int j) {
        return j == days.length ? hi : days[j];
    }

    /**
     * The crowds among {@code items} under {@code claims}, each of two or more items, with their count
     * variables made in {@code model}; keyed by each member's id.
     */
    static Map<String, Crowd> find(Map<String, Item> items, List<Claim> claims, Model model) {
        Map<String, StringBuilder> signature = new TreeMap<>();
        Map<String, Set<Integer>> daysOf = new TreeMap<>();
        Set<String> blocked = new HashSet<>();
        for (int ci = 0; ci < claims.size(); ci++) {
            Claim c = claims.get(ci);
            if (c instanceof Claim.Count k) {
                mention(k.tally(), "c" + ci, items, signature, daysOf, blocked);
            } else if (c instanceof Claim.Linear l) {
                for (int ti = 0; ti < l.terms().size(); ti++) {
                    mention(l.terms().get(ti).tally(), "c" + ci + "." + ti, items, signature, daysOf, blocked);
                }
            } else if (c instanceof Claim.Step s && s.from().isDay() && s.to().isDay()
                    && !s.from().latest().isAfter(s.to().earliest())) {
                for (String id : s.items()) {
                    signature.computeIfAbsent(id, k -> new StringBuilder()).append("s").append(ci).append(' ');
                    Set<Integer> ds = daysOf.computeIfAbsent(id, k -> new TreeSet<>());
                    ds.add(lo(s.from()));
                    ds.add(lo(s.to()));
                }
            } else {
                blocked.addAll(Encoding.mentioned(c));
            }
        }
        Map<String, List<String>> classes = new TreeMap<>();
        for (Map.Entry<String, StringBuilder> e : signature.entrySet()) {
            Item it = items.get(e.getKey());
            // An item that ended leaves the count again: not interchangeable with ties that last.
            if (it == null || it.certain() || it.ends() || blocked.contains(e.getKey())) {
                continue;
            }
            String key = lo(it.signed()) + ":" + hi(it.signed()) + ":" + e.getValue();
            classes.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey());
        }
        Map<String, Crowd> out = new TreeMap<>();
        for (List<String> members : classes.values()) {
            if (members.size() < 2) {
                continue;
            }
            Item first = items.get(members.get(0));
            int lo = lo(first.signed());
            int hi = hi(first.signed());
            int[] days = daysOf.get(members.get(0)).stream().mapToInt(Integer::intValue)
                    .filter(d -> d >= lo && d < hi).toArray();
            Crowd crowd = new Crowd(members, lo, hi, days, model);
            members.forEach(m -> out.put(m, crowd));
        }
        return out;
    }

    /** A day as epoch days, unclamped: the crowd's own numbering (the days its claims name are written dates). */
    private static int lo(amity.model.DateInterval d) {
        return Math.toIntExact(d.earliest().toEpochDay());
    }

    private static int hi(amity.model.DateInterval d) {
        return Math.toIntExact(d.latest().toEpochDay());
    }

    private static void mention(Tally t, String where, Map<String, Item> items, Map<String, StringBuilder> signature,
            Map<String, Set<Integer>> daysOf, Set<String> blocked) {
        if (t.distinct() || !t.asOf().isDay()) {
            blocked.addAll(t.items());
            return;
        }
        for (String id : t.items()) {
            signature.computeIfAbsent(id, k -> new StringBuilder()).append(where).append(' ');
            daysOf.computeIfAbsent(id, k -> new TreeSet<>()).add(lo(t.asOf()));
        }
    }
}
