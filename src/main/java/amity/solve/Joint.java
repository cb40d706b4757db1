package amity.solve;

import amity.model.DateInterval;
import amity.model.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * Joint reasoning over a set of claims about the signing dates of items: whether they can all hold,
 * which smallest sets cannot, what windows they imply for each item of uncertain date, and how each
 * claim grades alone and jointly. Each query runs within the budget and says when a limit stopped it.
 * Results are in a fixed order (claims as given, items by id), the same on every run.
 */
public final class Joint {

    /** At most this many conflicting sets and readings are listed. */
    public static final int MAX_SETS = 8;

    private final List<Claim> claims;
    private final Encoding enc;
    private final Oracle oracle;
    private final Map<String, Item> items;
    private Marco.Found found;
    private boolean foundStopped;

    private Joint(Map<String, Item> items, List<Claim> claims, Budget budget) {
        this.items = items;
        this.claims = List.copyOf(claims);
        this.enc = new Encoding(items, claims);
        this.oracle = new Oracle(enc, budget);
    }

    /** A problem over {@code items} (ids unique) and {@code claims} (ids unique, items among those given). */
    public static Joint of(List<Item> items, List<Claim> claims, Budget budget) {
        Map<String, Item> byId = new LinkedHashMap<>();
        for (Item it : items) {
            if (byId.put(it.id(), it) != null) {
                throw new IllegalArgumentException("item " + it.id() + " is given twice");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Claim c : claims) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("claim " + c.id() + " is given twice");
            }
        }
        return new Joint(byId, claims, budget);
    }

    /** Whether every claim can hold at once. */
    public Feasibility feasible() {
        oracle.startQuery();
        Oracle.Answer a = oracle.sat(all(), List.of());
        Truth t = a == Oracle.Answer.SAT ? Truth.YES : a == Oracle.Answer.UNSAT ? Truth.NO : Truth.MAYBE;
        return new Feasibility(t, oracle.stopped());
    }

    /** The minimal sets of claims that cannot hold together, at most {@link #MAX_SETS}. */
    public Conflicts conflicts() {
        Marco.Found f = explored();
        List<BitSet> sets = new ArrayList<>(f.conflicts());
        sets.sort(Comparator.comparingInt(BitSet::cardinality).thenComparing(Joint::lexicographic));
        List<Conflict> out = new ArrayList<>();
        for (BitSet s : sets) {
            Set<String> mentioned = new TreeSet<>();
            s.stream().forEach(i -> mentioned.addAll(uncertainIn(claims.get(i))));
            out.add(new Conflict(ids(s), List.copyOf(mentioned)));
        }
        return new Conflicts(out, f.complete(), foundStopped);
    }

    /** The windows the claims imply for each item of uncertain date that a claim mentions. */
    public Implied implied() {
        Marco.Found f = explored();
        List<BitSet> readings = largest(f);
        oracle.startQuery();
        List<Reading> out = new ArrayList<>();
        for (BitSet r : readings) {
            List<Window> windows = new ArrayList<>();
            Map<Crowd, Window> crowdWindows = new java.util.HashMap<>();
            for (String id : enc.uncertain) {
                long before = oracle.unknowns();
                Crowd crowd = enc.crowds.get(id);
                Window w;
                if (crowd == null) {
                    w = window(r, items.get(id), enc.days.get(id));
                } else {
                    Window first = crowdWindows.get(crowd);
                    if (first == null) {
                        first = window(r, crowd, items.get(id));
                        crowdWindows.put(crowd, first);
                    }
                    w = first.of(id, items.get(id).signed());
                }
                windows.add(w.undecidedIf(foundStopped || oracle.unknowns() > before));
            }
            out.add(new Reading(ids(complement(r)), windows));
        }
        if (readings.isEmpty() && foundStopped) {
            // Not even one set of claims was shown to hold: every window stays as recorded, undecided.
            List<Window> windows = new ArrayList<>();
            for (String id : enc.uncertain) {
                DateInterval d = items.get(id).signed();
                windows.add(new Window(id, d, d.earliest(), d.latest(), List.of(), List.of(), true));
            }
            out.add(new Reading(List.of(), windows));
        }
        return new Implied(out, foundStopped || oracle.stopped());
    }

    /** Every claim graded alone and jointly. */
    public Grades grades() {
        Marco.Found f = explored();
        BitSet joint = largest(f).isEmpty() ? new BitSet() : largest(f).get(0);
        oracle.startQuery();
        List<Grade> alone = new ArrayList<>();
        List<Grade> jointly = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            BitSet one = new BitSet();
            one.set(i);
            alone.add(grade(i, one, new BitSet()));
            if (joint.get(i)) {
                BitSet others = (BitSet) joint.clone();
                others.clear(i);
                jointly.add(grade(i, joint, others));
            } else {
                jointly.add(new Grade(claims.get(i).id(), ClaimStatus.CONFLICTS, 0, 0, List.of()));
            }
        }
        return new Grades(alone, jointly, ids(complement(joint)), foundStopped || oracle.stopped());
    }

    /**
     * Claim {@code i} under the claims {@code on} (which hold it); {@code others} is {@code on} without
     * it. Deciding are the uncertain items the others leave free to fall either way: the records whose
     * placement decides the claim, even where the claim itself then fixes them.
     */
    private Grade grade(int i, BitSet on, BitSet others) {
        String id = claims.get(i).id();
        Map<String, Encoding.Share> need = enc.needed.get(i);
        Oracle.Answer holds = oracle.sat(on, List.of());
        if (holds == Oracle.Answer.UNSAT) {
            return new Grade(id, ClaimStatus.CONFLICTS, 0, 0, List.of());
        }
        List<String> deciding = new ArrayList<>();
        int most = 0;
        for (Encoding.Share sh : need.values()) {
            // A crowd's members are interchangeable: each may fall either way exactly when some can and some need not.
            int size = sh.items().size();
            most += size;
            if (oracle.can(others, sh.count(), "<=", size - 1) != Oracle.Answer.UNSAT
                    && oracle.can(others, sh.count(), ">=", 1) != Oracle.Answer.UNSAT) {
                deciding.addAll(sh.items());
            }
        }
        java.util.Collections.sort(deciding);
        if (holds == Oracle.Answer.UNKNOWN) {
            // Unknown reads as "may hold": a limit never makes a possible claim a conflict.
            return new Grade(id, ClaimStatus.POSSIBLE, 0, most, deciding);
        }
        Oracle.Answer negated = oracle.sat(others, List.of(enc.model.arithm(enc.holds[i], "=", 0)));
        ClaimStatus status = negated == Oracle.Answer.UNSAT ? ClaimStatus.CONFIRMED : ClaimStatus.POSSIBLE;
        IntVar sum = enc.neededSum[i];
        int min = oracle.optimum(on, sum, false).orElse(0);
        int max = oracle.optimum(on, sum, true).orElse(most);
        return new Grade(id, status, min, max, deciding);
    }

    private Window window(BitSet on, Item item, IntVar day) {
        int lo = enc.lo(item.signed());
        int hi = enc.hi(item.signed());
        OptionalInt earliest = oracle.optimum(on, day, false);
        OptionalInt latest = oracle.optimum(on, day, true);
        int e = earliest.orElse(lo);
        int l = latest.orElse(hi);
        List<String> byEarliest = e > lo ? bounding(on, enc.model.arithm(day, "<", e)) : List.of();
        List<String> byLatest = l < hi ? bounding(on, enc.model.arithm(day, ">", l)) : List.of();
        return new Window(item.id(), item.signed(), enc.day(e), enc.day(l), byEarliest, byLatest);
    }

    /**
     * The window of a crowd's members (the same for each): from the first segment between the days the
     * crowd is counted by that one of them can fall in, to the last. Which segment is first is a binary
     * search over the counts, each question "can one be signed by this day"; an unknown answer keeps the
     * wider window.
     */
    private Window window(BitSet on, Crowd c, Item item) {
        int m = c.days.length;
        int first = 0;
        int top = m;
        while (first < top) {
            int mid = (first + top) / 2;
            if (oracle.can(on, c.byDay[mid], ">=", 1) != Oracle.Answer.UNSAT) {
                top = mid;
            } else {
                first = mid + 1;
            }
        }
        int last = m;
        int bottom = 0;
        while (bottom < last) {
            int mid = (bottom + last + 1) / 2;
            if (oracle.can(on, c.byDay[mid - 1], "<=", c.size() - 1) != Oracle.Answer.UNSAT) {
                bottom = mid;
            } else {
                last = mid - 1;
            }
        }
        List<String> byEarliest = first > 0 ? bounding(on, enc.model.arithm(c.byDay[first - 1], ">=", 1)) : List.of();
        List<String> byLatest = last < m ? bounding(on, enc.model.arithm(c.byDay[last], "<=", c.size() - 1)) : List.of();
        return new Window(item.id(), item.signed(), LocalDate.ofEpochDay(c.start(first)), LocalDate.ofEpochDay(c.end(last)),
                byEarliest, byLatest);
    }

    /** The smallest set of claims in {@code on} that rules out {@code beyond}, in claim order. */
    private List<String> bounding(BitSet on, Constraint beyond) {
        List<Constraint> extra = List.of(beyond);
        BitSet core = new QuickXplain(oracle, extra).conflict(new BitSet(), on);
        return oracle.sat(core, extra) == Oracle.Answer.UNSAT ? ids(core) : ids(on);
    }

    private Marco.Found explored() {
        if (found == null) {
            oracle.startQuery();
            found = new Marco(oracle, claims.size()).explore(MAX_SETS);
            foundStopped = oracle.stopped();
        }
        return found;
    }

    /** The satisfiable sets of the largest size, fewest set aside first, then in claim order. */
    private List<BitSet> largest(Marco.Found f) {
        if (f.satisfiable().isEmpty()) {
            return List.of();
        }
        int top = f.satisfiable().stream().mapToInt(BitSet::cardinality).max().orElseThrow();
        List<BitSet> out = new ArrayList<>(f.satisfiable().stream().filter(s -> s.cardinality() == top).toList());
        out.sort((a, b) -> lexicographic(complement(a), complement(b)));
        return out;
    }

    private BitSet all() {
        BitSet s = new BitSet();
        s.set(0, claims.size());
        return s;
    }

    private BitSet complement(BitSet s) {
        BitSet c = all();
        c.andNot(s);
        return c;
    }

    private List<String> ids(BitSet s) {
        return s.stream().mapToObj(i -> claims.get(i).id()).toList();
    }

    private List<String> uncertainIn(Claim c) {
        Set<String> mentioned = new HashSet<>(Encoding.mentioned(c));
        return enc.uncertain.stream().filter(mentioned::contains).toList();
    }

    /** Orders sets by their members, smallest index first. */
    private static int lexicographic(BitSet a, BitSet b) {
        int i = a.nextSetBit(0);
        int j = b.nextSetBit(0);
        while (i >= 0 && j >= 0) {
            if (i != j) {
                return Integer.compare(i, j);
            }
            i = a.nextSetBit(i + 1);
            j = b.nextSetBit(j + 1);
        }
        return Integer.compare(i < 0 ? 0 : 1, j < 0 ? 0 : 1);
    }
}
