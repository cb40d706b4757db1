package amity.solve;

import amity.model.DateInterval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * The Choco model of one problem: a day variable (epoch days) for each item of uncertain date that
 * some claim mentions, a day variable for each as-of interval, and one "holds" switch per claim that is
 * true exactly when the claim holds. Certain items are constants folded into each sum, so a problem
 * of 100k certain items has no more variables than its uncertain ones need.
 */
final class Encoding {

    /** A 0/1 quantity: a constant, or a Boolean variable of the model. */
    private record Bit(int constant, BoolVar var, String item) {
        static final Bit ZERO = new Bit(0, null, "");
        static final Bit ONE = new Bit(1, null, "");

        boolean isVar() {
            return var != null;
        }
    }

    /** A constant plus a weighted sum of variables. */
    private static final class Sum {
        long constant;
        final Map<IntVar, Integer> weights = new LinkedHashMap<>();

        void add(Bit b, int w) {
            if (b.isVar()) {
                weights.merge(b.var(), w, Integer::sum);
            } else {
                constant += (long) w * b.constant();
            }
        }

        void add(IntVar v, int w) {
            if (v.isInstantiated()) {
                constant += (long) w * v.getValue();
            } else {
                weights.merge(v, w, Integer::sum);
            }
        }
    }

    /**
     * How many of some uncertain items a claim counts: one item's 0/1 variable, or the count of a
     * {@link Crowd}'s members that it counts.
     */
    record Share(List<String> items, IntVar count) {
    }

    /** A tally's count variable, kept to state that counts grow with their set and their date. */
    private record Counted(Tally tally, IntVar count) {
    }

    final Model model = new Model("amity");
    final List<Claim> claims;
    /** Claim i holds exactly when holds[i] is 1. */
    final BoolVar[] holds;
    /** Per claim, the uncertain items its "needed" counts, by first item id, with how many of each share count. */
    final List<Map<String, Share>> needed = new ArrayList<>();
    /** Per claim, the sum of its needed variables. */
    final IntVar[] neededSum;
    /** Day variables of uncertain items that are not in a crowd, by item id in id order. */
    final Map<String, IntVar> days = new TreeMap<>();
    /** Ending-day variables of items that ended on an uncertain day, by item id. */
    private final Map<String, IntVar> ends = new TreeMap<>();
    /** The crowd of each uncertain item that is in one (by item id). */
    final Map<String, Crowd> crowds;
    /** Every uncertain item some claim mentions, in id order. */
    final java.util.SortedSet<String> uncertain = new java.util.TreeSet<>();
    /**
     * What the search branches on, in a fixed order: first whether each uncertain item falls on or
     * before each date (the real choices; branching on days instead would try every split of a year),
     * then the days themselves.
     */
    final List<IntVar> decisions = new ArrayList<>();
    private final List<IntVar> bits = new ArrayList<>();
    private final List<IntVar> dayDecisions = new ArrayList<>();

    private final Map<String, Item> items;
    private final Map<String, Bit> onOrBeforeDay = new HashMap<>();
    private final Map<Tally, IntVar> tallies = new HashMap<>();
    private final List<Counted> counted = new ArrayList<>();

    Encoding(Map<String, Item> items, List<Claim> claims) {
        this.items = items;
        this.claims = List.copyOf(claims);
        bound(items, claims);
        for (Claim c : claims) {
            for (String id : mentioned(c)) {
                item(id, c);
            }
        }
        this.crowds = Crowd.find(items, claims, model);
        for (Crowd c : new java.util.LinkedHashSet<>(crowds.values())) {
            bits.addAll(List.of(c.byDay));
        }
        for (Claim c : claims) {
            for (String id : mentioned(c)) {
                Item it = items.get(id);
                if (!it.certain() && uncertain.add(id) && !crowds.containsKey(id)) {
                    days.put(id, model.intVar("day:" + id, lo(it.signed()), hi(it.signed()), true));
                }
                if (!it.ended().isDay() && !ends.containsKey(id)) {
                    IntVar end = model.intVar("end:" + id, lo(it.ended()), hi(it.ended()), true);
                    ends.put(id, end);
                    model.arithm(end, ">=", dayOf(it)).post(); // never ended before it was signed
                }
            }
        }
        dayDecisions.addAll(days.values());
        dayDecisions.addAll(ends.values());
        holds = new BoolVar[claims.size()];
        neededSum = new IntVar[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            Map<String, Share> need = new TreeMap<>();
            countOfCertain = null;
            holds[i] = encode(claims.get(i), need);
            needed.add(need);
            IntVar[] vs = need.values().stream().map(Share::count).toArray(IntVar[]::new);
            int most = need.values().stream().mapToInt(sh -> sh.items().size()).sum();
            if (countOfCertain != null) {
                // A plain count's needed is its count less the certain items: one sum, which propagates.
                neededSum[i] = model.offset(countOfCertain.getKey(), -countOfCertain.getValue());
            } else {
                neededSum[i] = model.intVar("needed:" + claims.get(i).id(), 0, most);
                if (vs.length > 0) {
                    model.sum(vs, "=", neededSum[i]).post();
                }
            }
        }
        postMonotony();
        decisions.addAll(bits);
        decisions.addAll(dayDecisions);
    }

    /**
     * Redundant constraints the search would otherwise have to discover item by item (exponentially):
     * an item signed by one day is signed by every later day, and a count never falls when its set
     * grows or its date moves later.
     */
    private void postMonotony() {
        Map<String, TreeMap<Integer, BoolVar>> byItem = new TreeMap<>();
        onOrBeforeDay.forEach((key, bit) -> byItem.computeIfAbsent(bit.item(), k -> new TreeMap<>())
                .put(Integer.parseInt(key.substring(key.lastIndexOf('@') + 1)), bit.var()));
        for (TreeMap<Integer, BoolVar> chain : byItem.values()) {
            BoolVar prev = null;
            for (BoolVar b : chain.values()) {
                if (prev != null) {
                    model.arithm(prev, "<=", b).post();
                }
                prev = b;
            }
        }
        Map<Tally, java.util.Set<String>> sets = new HashMap<>();
        for (Counted a : counted) {
            for (Counted b : counted) {
                Tally ta = a.tally();
                Tally tb = b.tally();
                if (a == b || a.count() == b.count() || ta.distinct() != tb.distinct() || ending(ta) || ending(tb)
                        || ta.asOf().latest().isAfter(tb.asOf().earliest()) || ta.items().size() > tb.items().size()) {
                    continue;
                }
                if (ta.items().equals(tb.items())
                        || sets.computeIfAbsent(tb, t -> new java.util.HashSet<>(t.items())).containsAll(ta.items())) {
                    model.arithm(a.count(), "<=", b.count()).post();
                }
            }
        }
    }

    /** Whether a tally holds an item that ended: its count may fall as its date moves later. */
    private boolean ending(Tally t) {
        return t.items().stream().anyMatch(id -> items.get(id).ends());
    }

    /** The ids of the items a claim counts or compares, its ranked item included. */
    static List<String> mentioned(Claim c) {
        if (c instanceof Claim.Count k) {
            return k.tally().items();
        }
        if (c instanceof Claim.Step s) {
            return s.items();
        }
        if (c instanceof Claim.Rank r) {
            return concat(r.items(), List.of(r.item()));
        }
        if (c instanceof Claim.Dated d) {
            return List.of(d.item());
        }
        return ((Claim.Linear) c).terms().stream().flatMap(t -> t.tally().items().stream()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private Item item(String id, Claim c) {
        Item it = items.get(id);
        if (it == null) {
            throw new IllegalArgumentException("claim " + c.id() + " names item " + id + ", which the problem does not hold");
        }
        return it;
    }

    /** The first day of {@code d} as the model numbers it (an open start is {@link #floor}). */
    int lo(DateInterval d) {
        return clamp(d.earliest());
    }

    /** The last day of {@code d} as the model numbers it (an open end is {@link #ceiling}). */
    int hi(DateInterval d) {
        return clamp(d.latest());
    }

    private int clamp(java.time.LocalDate day) {
        return (int) Math.max(floor, Math.min(ceiling, day.toEpochDay()));
    }

    /**
     * The day a value of the model stands for: below every written date, a value counts up from
     * {@link DateInterval#OPEN_START} (and down to {@link DateInterval#OPEN_END} above them), so an
     * unbounded window still reads as unbounded.
     */
    java.time.LocalDate day(int value) {
        if (value < floor + slack) {
            return DateInterval.OPEN_START.plusDays(value - floor);
        }
        if (value > ceiling - slack) {
            return DateInterval.OPEN_END.minusDays(ceiling - value);
        }
        return java.time.LocalDate.ofEpochDay(value);
    }

    /**
     * Open ends (a tie with no date, ../2002-06-30) are cut to a few days beyond every date the problem
     * writes: only the order of the days matters, and a room of one day per variable keeps every order
     * possible. Days from year 1 to 9999 made the propagation of "signed before" between two such ties
     * walk millions of values, one per step, until the solver's limit stopped it.
     */
    private void bound(Map<String, Item> all, List<Claim> claims) {
        long least = Long.MAX_VALUE;
        long most = Long.MIN_VALUE;
        List<DateInterval> dates = new ArrayList<>();
        for (Item it : all.values()) {
            dates.add(it.signed());
            dates.add(it.ended());
        }
        for (Claim c : claims) {
            if (c instanceof Claim.Count k) {
                dates.add(k.tally().asOf());
            } else if (c instanceof Claim.Step st) {
                dates.add(st.from());
                dates.add(st.to());
            } else if (c instanceof Claim.Dated d) {
                dates.add(d.window());
            } else if (c instanceof Claim.Linear l) {
                l.terms().forEach(t -> dates.add(t.tally().asOf()));
            }
        }
        for (DateInterval d : dates) {
            for (java.time.LocalDate day : List.of(d.earliest(), d.latest())) {
                if (!day.equals(DateInterval.OPEN_START) && !day.equals(DateInterval.OPEN_END)) {
                    least = Math.min(least, day.toEpochDay());
                    most = Math.max(most, day.toEpochDay());
                }
            }
        }
        if (least > most) {
            least = 0;
            most = 0;
        }
        // Variables: a signing and an ending day per item, an as-of day per tally or step end.
        slack = 2 * all.size() + 2 * claims.size() + 2;
        floor = (int) Math.max(DateInterval.OPEN_START.toEpochDay(), least - slack);
        ceiling = (int) Math.min(DateInterval.OPEN_END.toEpochDay(), most + slack);
    }

    private int floor;
    private int ceiling;
    private int slack;

    private BoolVar encode(Claim c, Map<String, Share> need) {
        Sum sum = new Sum();
        Bounds bounds;
        if (c instanceof Claim.Count k) {
            IntVar count = tally(k.tally(), 1, new Sum(), need);
            if (!k.tally().distinct()) {
                countOfCertain = Map.entry(count, certainIn.get(count));
            }
            return within(count, k.bounds(), c.id());
        } else if (c instanceof Claim.Step s) {
            IntVar from = asOf(s.from(), s.id() + ":from");
            IntVar to = asOf(s.to(), s.id() + ":to");
            boolean ordered = !s.from().latest().isAfter(s.to().earliest());
            java.util.Set<Crowd> seen = new java.util.HashSet<>();
            for (String id : s.items()) {
                Crowd crowd = crowds.get(id);
                if (crowd != null) {
                    if (seen.add(crowd)) {
                        // Found only with fixed, ordered days: how many of the crowd fall inside the step.
                        Sum inside = new Sum();
                        inside.add(crowd.by(lo(s.to()), model), 1);
                        inside.add(crowd.by(lo(s.from()), model), -1);
                        IntVar n = variable(inside, "step:" + s.id() + ":" + id);
                        sum.add(n, 1);
                        share(crowd, n, need);
                    }
                    continue;
                }
                Bit in = ordered ? difference(onOrBefore(id, to, s.to()), onOrBefore(id, from, s.from()))
                        : and(onOrBefore(id, to, s.to()), not(onOrBefore(id, from, s.from())));
                sum.add(in, 1);
                note(in, need);
            }
            bounds = s.bounds();
        } else if (c instanceof Claim.Rank r) {
            for (String id : r.items()) {
                Bit earlier = earlier(id, r.item());
                sum.add(earlier, 1);
                note(earlier, need);
            }
            bounds = r.earlier();
        } else if (c instanceof Claim.Dated d) {
            Bit in = within(d.item(), d.window());
            sum.add(in, 1);
            note(in, need);
            bounds = Bounds.exactly(1);
        } else {
            Claim.Linear l = (Claim.Linear) c;
            for (Claim.Term t : l.terms()) {
                tally(t.tally(), t.weight(), sum, new TreeMap<>());
            }
            bounds = l.bounds();
        }
        return within(variable(sum, "sum:" + c.id()), bounds, c.id());
    }

    private void note(Bit b, Map<String, Share> need) {
        if (b.isVar() && !b.item().isEmpty()) {
            need.put(b.item(), new Share(List.of(b.item()), b.var()));
        }
    }

    private static void share(Crowd crowd, IntVar n, Map<String, Share> need) {
        if (!n.isInstantiated()) {
            need.put(crowd.items.get(0), new Share(crowd.items, n));
        }
    }

    /** Adds a tally's count to a claim's sum, and the bits of its uncertain items to the claim's needed. */
    private IntVar tally(Tally t, int weight, Sum sum, Map<String, Share> need) {
        IntVar count = t.asOf().isDay() ? tallies.get(t) : null;
        if (count == null) {
            Sum inner = new Sum();
            Map<String, Share> bits = count(t, inner);
            count = variable(inner, "count:" + t.asOf());
            counted.add(new Counted(t, count));
            bitsOf.put(count, bits);
            certainIn.put(count, Math.toIntExact(inner.constant));
            sumOf.put(count, inner);
            if (t.asOf().isDay()) {
                tallies.put(t, count);
            }
        }
        if (t.distinct()) {
            sum.add(count, weight);
        } else {
            // Term by term, so that a breakdown's parts cancel against its total item by item.
            Sum inner = sumOf.get(count);
            sum.constant += (long) weight * inner.constant;
            inner.weights.forEach((v, w) -> sum.add(v, weight * w));
        }
        need.putAll(bitsOf.get(count));
        return count;
    }

    private final Map<IntVar, Map<String, Share>> bitsOf = new HashMap<>();
    private final Map<IntVar, Integer> certainIn = new HashMap<>();
    private final Map<IntVar, Sum> sumOf = new HashMap<>();
    /** The count variable of the plain count claim being encoded, with its certain part. */
    private Map.Entry<IntVar, Integer> countOfCertain;

    /** A variable equal to the sum (a constant when it has no variables). */
    private IntVar variable(Sum s, String name) {
        s.weights.values().removeIf(w -> w == 0);
        long min = s.constant;
        long max = s.constant;
        for (Map.Entry<IntVar, Integer> e : s.weights.entrySet()) {
            min += Math.min((long) e.getValue() * e.getKey().getLB(), (long) e.getValue() * e.getKey().getUB());
            max += Math.max((long) e.getValue() * e.getKey().getLB(), (long) e.getValue() * e.getKey().getUB());
        }
        if (min == max) {
            return model.intVar(Math.toIntExact(min));
        }
        IntVar v = model.intVar(name, Math.toIntExact(min), Math.toIntExact(max), true);
        IntVar[] vars = s.weights.keySet().toArray(IntVar[]::new);
        int[] coeffs = s.weights.values().stream().mapToInt(Integer::intValue).toArray();
        model.scalar(vars, coeffs, "=", model.offset(v, Math.toIntExact(-s.constant))).post();
        return v;
    }

    private Map<String, Share> count(Tally t, Sum sum) {
        IntVar asOf = t.day().isEmpty() ? asOf(t.asOf(), "as-of:" + t.asOf())
                : sharedDays.computeIfAbsent(t.day(), k -> asOf(t.asOf(), "as-of:" + k));
        Map<String, Share> bits = new TreeMap<>();
        if (!t.distinct()) {
            java.util.Set<Crowd> seen = new java.util.HashSet<>();
            for (String id : t.items()) {
                Crowd crowd = crowds.get(id);
                if (crowd != null) {
                    // Crowds are found only in plain tallies at a fixed day, which count all their members.
                    if (seen.add(crowd)) {
                        IntVar n = crowd.by(lo(t.asOf()), model);
                        sum.add(n, 1);
                        share(crowd, n, bits);
                    }
                    continue;
                }
                Bit b = counted(id, asOf, t.asOf());
                sum.add(b, 1);
                note(b, bits);
            }
            return bits;
        }
        // Items without a group key count as a value of their own.
        Map<String, List<Bit>> groups = new TreeMap<>();
        for (String id : t.items()) {
            String g = items.get(id).group();
            Bit b = counted(id, asOf, t.asOf());
            groups.computeIfAbsent(g.isEmpty() ? "\0" + id : g, k -> new ArrayList<>()).add(b);
            note(b, bits);
        }
        for (List<Bit> members : groups.values()) {
            sum.add(or(members), 1);
        }
        return bits;
    }

    /** The as-of day variables tallies share, by their {@link Tally#day} key. */
    private final Map<String, IntVar> sharedDays = new HashMap<>();

    /** A fixed day is a constant; an interval is a day variable of its own, one per mention. */
    private IntVar asOf(DateInterval d, String name) {
        if (d.isDay()) {
            return null;
        }
        IntVar v = model.intVar(name, lo(d), hi(d), true);
        dayDecisions.add(v);
        return v;
    }

    /** Whether item {@code id} was signed on or before {@code asOf} (a variable), else the fixed day of {@code d}. */
    private Bit onOrBefore(String id, IntVar asOf, DateInterval d) {
        Item it = items.get(id);
        if (it.signed().latest().compareTo(d.earliest()) <= 0) {
            return Bit.ONE;
        }
        if (it.signed().earliest().isAfter(d.latest())) {
            return Bit.ZERO;
        }
        IntVar day = dayOf(it);
        if (asOf == null) {
            return onOrBeforeDay.computeIfAbsent(id + "@" + lo(d), k -> {
                BoolVar b = model.boolVar(id + "<=" + d);
                model.arithm(day, "<=", lo(d)).reifyWith(b);
                return bit(b, id);
            });
        }
        BoolVar b = model.boolVar(id + "<=" + asOf.getName());
        model.arithm(day, "<=", asOf).reifyWith(b);
        return bit(b, id);
    }

    /**
     * Whether item {@code id} counts as of {@code asOf} (else the fixed day of {@code d}): signed on or
     * before it and not ended on or before it. Of an item that lasts, whether it was signed by then.
     */
    private Bit counted(String id, IntVar asOf, DateInterval d) {
        Bit signed = onOrBefore(id, asOf, d);
        Item it = items.get(id);
        if (!it.ends() || !signed.isVar() && signed.constant() == 0) {
            return signed;
        }
        Bit ended;
        if (it.ended().latest().compareTo(d.earliest()) <= 0) {
            ended = Bit.ONE;
        } else if (it.ended().earliest().isAfter(d.latest())) {
            ended = Bit.ZERO;
        } else {
            IntVar end = ends.containsKey(id) ? ends.get(id) : model.intVar(lo(it.ended()));
            BoolVar b = model.boolVar(id + " ended<=" + (asOf == null ? d.toString() : asOf.getName()));
            if (asOf == null) {
                model.arithm(end, "<=", lo(d)).reifyWith(b);
            } else {
                model.arithm(end, "<=", asOf).reifyWith(b);
            }
            ended = bit(b, "");
        }
        Bit in = and(signed, not(ended));
        return in.isVar() ? new Bit(-1, in.var(), id) : in;
    }

    /** Whether item {@code id} was signed within {@code window}. */
    private Bit within(String id, DateInterval window) {
        DateInterval signed = items.get(id).signed();
        if (signed.within(window) == amity.model.Truth.YES) {
            return Bit.ONE;
        }
        if (!signed.overlaps(window)) {
            return Bit.ZERO;
        }
        BoolVar v = model.boolVar(id + " in " + window);
        model.member(dayOf(items.get(id)), lo(window), hi(window)).reifyWith(v);
        return bit(v, id);
    }

    /** Whether item {@code a} was signed strictly before item {@code b}. */
    private Bit earlier(String a, String b) {
        DateInterval da = items.get(a).signed();
        DateInterval db = items.get(b).signed();
        if (da.latest().isBefore(db.earliest())) {
            return Bit.ONE;
        }
        if (!da.earliest().isBefore(db.latest())) {
            return Bit.ZERO;
        }
        BoolVar v = model.boolVar(a + "<" + b);
        model.arithm(dayOf(items.get(a)), "<", dayOf(items.get(b))).reifyWith(v);
        if (items.get(a).certain() || items.get(b).certain()) {
            // Follows from the one uncertain day, which the search splits: no choice of its own.
            return items.get(a).certain() ? new Bit(-1, v, "") : new Bit(-1, v, a);
        }
        return bit(v, a);
    }

    private IntVar dayOf(Item it) {
        IntVar v = days.get(it.id());
        return v != null ? v : model.intVar(lo(it.signed()));
    }

    /** A new 0/1 variable of the model, which the search will branch on. */
    private Bit bit(BoolVar v, String item) {
        bits.add(v);
        return new Bit(-1, v, item);
    }

    private Bit not(Bit b) {
        return b.isVar() ? new Bit(-1, b.var().not(), b.item()) : b.constant() == 1 ? Bit.ZERO : Bit.ONE;
    }

    /** {@code later − earlier} for two bits of one item where {@code earlier} implies {@code later}: linear, so sums propagate. */
    private Bit difference(Bit later, Bit earlier) {
        if (!earlier.isVar()) {
            return earlier.constant() == 1 ? Bit.ZERO : later;
        }
        if (!later.isVar()) {
            return not(earlier);
        }
        if (later.var() == earlier.var()) {
            return Bit.ZERO;
        }
        model.arithm(earlier.var(), "<=", later.var()).post();
        BoolVar v = model.boolVar();
        model.scalar(new IntVar[] {v, earlier.var()}, new int[] {1, 1}, "=", later.var()).post();
        return new Bit(-1, v, later.item());
    }

    private Bit and(Bit a, Bit b) {
        if (!a.isVar() || !b.isVar()) {
            Bit constant = a.isVar() ? b : a;
            Bit other = a.isVar() ? a : b;
            return constant.constant() == 0 ? Bit.ZERO : other;
        }
        BoolVar v = model.boolVar();
        model.and(a.var(), b.var()).reifyWith(v);
        return bit(v, a.item());
    }

    private Bit or(List<Bit> bits) {
        List<BoolVar> vars = new ArrayList<>();
        for (Bit b : bits) {
            if (!b.isVar() && b.constant() == 1) {
                return Bit.ONE;
            }
            if (b.isVar()) {
                vars.add(b.var());
            }
        }
        if (vars.isEmpty()) {
            return Bit.ZERO;
        }
        if (vars.size() == 1) {
            return new Bit(-1, vars.get(0), "");
        }
        BoolVar v = model.boolVar();
        model.max(v, vars.toArray(BoolVar[]::new)).post();
        return bit(v, "");
    }

    /** The switch that is true exactly when the sum lies within the bounds. */
    private BoolVar within(IntVar s, Bounds bounds, String id) {
        long lo = bounds.lo();
        long hi = bounds.bounded() ? bounds.hi() : Long.MAX_VALUE;
        if (hi < s.getLB() || lo > s.getUB()) {
            return model.boolVar("holds:" + id, false);
        }
        if (lo <= s.getLB() && hi >= s.getUB()) {
            return model.boolVar("holds:" + id, true);
        }
        BoolVar h = model.boolVar("holds:" + id);
        model.member(s, (int) Math.max(lo, s.getLB()), (int) Math.min(hi, s.getUB())).reifyWith(h);
        return h;
    }
}
