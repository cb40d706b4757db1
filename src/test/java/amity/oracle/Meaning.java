package amity.oracle;

import amity.oracle.Placements.Placement;
import amity.oracle.World.Fig;
import amity.oracle.World.Span;
import amity.oracle.World.Tie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What README says every finding means, worked out by brute force over {@link Placements}: a figure
 * holds in a placement when its count there is one its qualifier allows; it is confirmed when it holds
 * in every placement, possible in some, and otherwise records-short (it asks for more than any
 * placement gives), not-recorded (records-short with nothing even possibly counted, or a scope no record
 * has) or conflicts. Nothing here calls reconcile's own reasoning.
 */
final class Meaning {
    /** One finding as the oracle expects it; null fields are not compared. */
    record Expected(String key, String status, Long lo, Long hi, Long needLo, Long needHi, List<String> deciding) {
    }

    /** A claim of the joint check: a figure, a rank or a series step, and its figures. */
    record Claim(String id, List<String> figures, boolean[] holds) {
    }

    final World world;
    private final List<Tie> ties;
    final Placements space;
    final List<Placement> all;
    private final Map<String, Integer> variable = new LinkedHashMap<>();
    private final long[][] windows;

    private Meaning(World world, List<Tie> ties, Placements space, Map<String, Integer> variable, long[][] windows) {
        this.world = world;
        this.ties = ties;
        this.space = space;
        this.all = space.all;
        this.variable.putAll(variable);
        this.windows = windows;
    }

    /** The world's meaning with these ties present; null when it has more than {@code cap} placements. */
    static Meaning of(World world, List<Tie> ties, int cap) {
        Map<String, Integer> variable = new LinkedHashMap<>();
        List<long[]> windows = new ArrayList<>();
        List<Long> known = new ArrayList<>();
        for (Tie t : ties) {
            add("s:" + t.id(), t.signed(), variable, windows, known);
            if (t.ended() != null) {
                add("e:" + t.id(), t.ended(), variable, windows, known);
            }
        }
        for (Fig f : world.figs()) {
            if (!variable.containsKey(day(f))) {
                add(day(f), f.asOf(), variable, windows, known);
            }
        }
        long[][] w = windows.toArray(long[][]::new);
        Placements p = Placements.of(w, known, cap);
        return p == null ? null : new Meaning(world, ties, p, variable, w);
    }

    private static void add(String name, Span span, Map<String, Integer> variable, List<long[]> windows,
            List<Long> known) {
        if (span.day()) {
            known.add(span.lo());
        } else {
            variable.put(name, windows.size());
            windows.add(new long[] {span.lo(), span.hi()});
        }
    }

    private final Map<String, long[]> where = new java.util.HashMap<>();

    /** A day's position in p: its variable's, or the known day's (looked up once per name). */
    private long position(String name, Span span, Placement p) {
        long[] at = where.computeIfAbsent(name, n -> {
            Integer v = variable.get(n);
            return v == null ? new long[] {-1, space.known(span.lo())} : new long[] {v, 0};
        });
        return at[0] < 0 ? at[1] : p.position()[(int) at[0]];
    }

    /** The variable index of a tie's signing day, or -1 when it is known. */
    int signingVariable(String tie) {
        return variable.getOrDefault("s:" + tie, -1);
    }

    long[] window(int v) {
        return windows[v];
    }

    private long signed(Tie t, Placement p) {
        return position("s:" + t.id(), t.signed(), p);
    }

    private long asOf(Fig f, Placement p) {
        return position(day(f), f.asOf(), p);
    }

    /** The name of a figure's day: one report states its figures of one as_of text as of one day. */
    private static String day(Fig f) {
        return "t:" + f.source() + "@" + f.asOf().text();
    }

    /** In force on day {@code at}: signed on or before it and not ended on or before it. */
    private boolean alive(Tie t, long at, Placement p) {
        return signed(t, p) <= at && (t.ended() == null || position("e:" + t.id(), t.ended(), p) > at);
    }

    private final Map<Fig, Map<Fig, long[]>> counted = new java.util.IdentityHashMap<>();

    /** The ties {@code rule} counts as of {@code day}'s day in placement p, as bits in tie order (made once). */
    private long counted(Fig rule, Fig day, Placement p) {
        long[] bits = counted.computeIfAbsent(rule, k -> new java.util.IdentityHashMap<>()).computeIfAbsent(day, k -> {
            long[] out = new long[all.size()];
            for (Placement q : all) {
                out[q.index()] = counted(rule, asOf(day, q), q);
            }
            return out;
        });
        return bits[p.index()];
    }

    /** The ties a figure's rule counts at {@code at}, as bits in tie order. */
    private long counted(Fig rule, long at, Placement p) {
        long bits = 0;
        for (int i = 0; i < ties.size(); i++) {
            if (rule.matches(ties.get(i)) && alive(ties.get(i), at, p)) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    /** What a rule counts: the ties, or for a distinct count the partner countries (bits in country order). */
    private long members(Fig rule, long tiesCounted) {
        if (!rule.distinct()) {
            return tiesCounted;
        }
        long bits = 0;
        for (int i = 0; i < ties.size(); i++) {
            if ((tiesCounted >> i & 1) == 1) {
                bits |= 1L << World.COUNTRIES.indexOf(ties.get(i).country());
            }
        }
        return bits;
    }

    private static boolean allows(long[] range, long n) {
        return n >= range[0] && n <= range[1];
    }

    Fig figure(String id) {
        return world.figs().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private Tie tie(String id) {
        return ties.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    // ---- figures -------------------------------------------------------------------------------------

    /** A counts figure: its count in each placement. */
    Expected count(Fig f) {
        long certainTies = -1;
        long possibleTies = 0;
        long certain = -1;
        long possible = 0;
        for (Placement p : all) {
            long c = counted(f, f, p);
            certainTies &= c;
            possibleTies |= c;
            certain &= members(f, c);
            possible |= members(f, c);
        }
        long lo = Long.bitCount(certain);
        long least = Long.MAX_VALUE;
        long most = 0;
        for (Placement p : all) {
            long n = Long.bitCount(members(f, counted(f, f, p)));
            least = Math.min(least, n);
            most = Math.max(most, n);
        }
        List<String> deciding = new ArrayList<>();
        for (int i = 0; i < ties.size(); i++) {
            boolean open = (possibleTies >> i & 1) == 1 && (certainTies >> i & 1) == 0;
            boolean valueOpen = !f.distinct()
                    || (certain >> World.COUNTRIES.indexOf(ties.get(i).country()) & 1) == 0;
            if (open && valueOpen) {
                deciding.add(ties.get(i).id());
            }
        }
        deciding.sort(null);
        Expected e = grade("figure/" + f.id(), f.allows(), lo, Long.bitCount(possible), p -> (long) Long.bitCount(
                members(f, counted(f, f, p))), deciding, unrecordedScope(f));
        // needed and deciding are defined for a figure of one day (README).
        boolean day = f.asOf().day();
        return new Expected(e.key(), e.status(), least, most, day ? e.needLo() : null, day ? e.needHi() : null,
                day ? e.deciding() : null);
    }

    /** The implied ties a counts figure's rule counts possibly or certainly as of its day. */
    List<String> impliedCounted(Fig f) {
        long possibleTies = 0;
        for (Placement p : all) {
            possibleTies |= counted(f, f, p);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ties.size(); i++) {
            if ((possibleTies >> i & 1) == 1 && ties.get(i).implied()) {
                out.add(ties.get(i).id());
            }
        }
        return out;
    }

    /** Whether the rule names a type no tie of the subject has: the records do not cover its scope. */
    private boolean unrecordedScope(Fig f) {
        return !f.type().isEmpty() && ties.stream().noneMatch(t -> t.type().equals(f.type()));
    }

    /**
     * The status of a number that is {@code value(p)} in placement p against what {@code range} allows;
     * lo..hi is what is reported as derived, needed counts from lo over the placements where it holds.
     */
    private Expected grade(String key, long[] range, long lo, long hi, java.util.function.ToLongFunction<Placement> value,
            List<String> deciding, boolean unrecorded) {
        boolean any = false;
        boolean every = true;
        long most = Long.MIN_VALUE;
        long needLo = Long.MAX_VALUE;
        long needHi = Long.MIN_VALUE;
        for (Placement p : all) {
            long n = value.applyAsLong(p);
            most = Math.max(most, n);
            if (allows(range, n)) {
                any = true;
                needLo = Math.min(needLo, n - lo);
                needHi = Math.max(needHi, n - lo);
            } else {
                every = false;
            }
        }
        String status;
        if (every) {
            status = "confirmed";
        } else if (any) {
            status = "possible";
        } else if (range[0] > most) {
            status = hi == 0 || unrecorded ? "not-recorded" : "records-short";
        } else {
            status = "conflicts";
        }
        boolean possible = status.equals("possible");
        return new Expected(key, status, lo, hi, possible ? needLo : null, possible ? needHi : null,
                possible ? deciding : List.of());
    }

    /** A rank: one more than the peers (same type) signed strictly before the target. Null when the target is absent. */
    Expected rank(Fig f) {
        Tie target = tie(f.rankOf());
        if (target == null) {
            return null;
        }
        List<Tie> peers = peers(target);
        long minRank = Long.MAX_VALUE;
        long maxRank = Long.MIN_VALUE;
        long always = -1;
        long sometimes = 0;
        for (Placement p : all) {
            long before = before(target, peers, p);
            always &= before;
            sometimes |= before;
            minRank = Math.min(minRank, Long.bitCount(before) + 1);
            maxRank = Math.max(maxRank, Long.bitCount(before) + 1);
        }
        List<String> deciding = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
            if ((sometimes >> i & 1) == 1 && (always >> i & 1) == 0) {
                deciding.add(peers.get(i).id());
            }
        }
        deciding.sort(null);
        long certainBefore = Long.bitCount(always);
        Expected e = grade("rank/" + f.id(), f.allows(), certainBefore + 1, maxRank,
                p -> Long.bitCount(before(target, peers, p)) + 1, deciding, false);
        return new Expected(e.key(), e.status(), minRank, maxRank, e.needLo(), e.needHi(), e.deciding());
    }

    private List<Tie> peers(Tie target) {
        return ties.stream().filter(t -> t != target && t.type().equals(target.type())).toList();
    }

    private long before(Tie target, List<Tie> peers, Placement p) {
        long bits = 0;
        long at = signed(target, p);
        for (int i = 0; i < peers.size(); i++) {
            if (signed(peers.get(i), p) < at) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    /** The series steps: consecutive figures of one metric (parts and ranks aside), by as_of then id. */
    List<Fig[]> steps() {
        Map<String, List<Fig>> series = new LinkedHashMap<>();
        for (Fig f : world.figs()) {
            if (f.partOf().isEmpty() && !f.rank()) {
                series.computeIfAbsent(f.metric(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Fig[]> out = new ArrayList<>();
        for (List<Fig> s : series.values()) {
            List<Fig> sorted = new ArrayList<>(s);
            sorted.sort(Comparator.comparingLong((Fig f) -> f.asOf().lo()).thenComparingLong(f -> f.asOf().hi())
                    .thenComparing(f -> f.asOf().text()).thenComparing(Fig::id));
            for (int i = 1; i < sorted.size(); i++) {
                out.add(new Fig[] {sorted.get(i - 1), sorted.get(i)});
            }
        }
        return out;
    }

    /** The change the two figures of a step allow together: [lo, hi], null for no bound. */
    static Long[] change(Fig a, Fig b) {
        long[] ra = a.allows();
        long[] rb = b.allows();
        return new Long[] {ra[1] == World.NO_END ? null : rb[0] - ra[1], rb[1] == World.NO_END ? null : rb[1] - ra[0]};
    }

    /** The change in the first figure's count from its date to the second's, in a placement. */
    private long delta(Fig a, Fig b, Placement p) {
        return Long.bitCount(members(a, counted(a, b, p))) - Long.bitCount(members(a, counted(a, a, p)));
    }

    private static boolean allowsChange(Long[] change, long d) {
        return (change[0] == null || d >= change[0]) && (change[1] == null || d <= change[1]);
    }

    /** A series step: the records' change between the two dates (by the first figure's rule) against the reported one. */
    Expected step(Fig a, Fig b) {
        Long[] change = change(a, b);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean any = false;
        boolean every = true;
        long[] minIn = new long[ties.size()];
        long[] maxIn = new long[ties.size()];
        java.util.Arrays.fill(minIn, 1);
        java.util.Arrays.fill(maxIn, -1);
        for (Placement p : all) {
            long d = delta(a, b, p);
            min = Math.min(min, d);
            max = Math.max(max, d);
            boolean holds = allowsChange(change, d);
            any |= holds;
            every &= holds;
            long at = counted(a, a, p);
            long bt = counted(a, b, p);
            for (int i = 0; i < ties.size(); i++) {
                long c = (bt >> i & 1) - (at >> i & 1);
                minIn[i] = Math.min(minIn[i], c);
                maxIn[i] = Math.max(maxIn[i], c);
            }
        }
        String key = "series/" + a.id() + "/" + b.id();
        List<String> deciding = new ArrayList<>();
        for (int i = 0; i < ties.size(); i++) {
            if (minIn[i] != maxIn[i]) {
                deciding.add(ties.get(i).id());
            }
        }
        deciding.sort(null);
        String status;
        if (every) {
            status = "confirmed";
        } else if (any) {
            status = "possible";
        } else if (a.asOf().equals(b.asOf())) {
            // Two values for one date: the sources disagree, whatever the records hold.
            return new Expected(key, "conflicts", null, null, null, null, List.of());
        } else if (change[0] != null && change[0] > max) {
            status = "records-short";
        } else {
            status = "conflicts";
        }
        Long needLo = null;
        Long needHi = null;
        if (status.equals("possible")) {
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (Placement p : all) {
                long d = delta(a, b, p);
                if (allowsChange(change, d)) {
                    lo = Math.min(lo, d - min);
                    hi = Math.max(hi, d - min);
                }
            }
            needLo = lo;
            needHi = hi;
        }
        return new Expected(key, status, min, max, needLo, needHi, status.equals("possible") ? deciding : List.of());
    }

    /** A breakdown: the remainder the total leaves beside its parts must hold what is counted outside every part. */
    Expected breakdown(Fig total, List<Fig> parts) {
        long[] whole = total.allows();
        long sumLo = 0;
        long sumHi = 0;
        boolean sumBounded = true;
        for (Fig p : parts) {
            long[] r = p.allows();
            sumLo += r[0];
            sumBounded &= r[1] != World.NO_END;
            sumHi += sumBounded ? r[1] : 0;
        }
        Long least = sumBounded ? whole[0] - sumHi : null;
        Long most = whole[1] == World.NO_END ? null : whole[1] - sumLo;
        boolean any = false;
        boolean every = true;
        long certainOut = -1;
        for (Placement p : all) {
            long in = 0;
            for (Fig part : parts) {
                in |= members(part, counted(part, part, p));
            }
            long out = members(total, counted(total, total, p)) & ~in;
            certainOut &= out;
            long need = Long.bitCount(out);
            boolean holds;
            boolean always;
            if (total.partsComplete()) {
                holds = (least == null || least <= 0) && (most == null || most >= 0) && need == 0;
                always = least != null && least == 0 && most != null && most == 0 && need == 0;
            } else {
                holds = most == null || most >= Math.max(0, need);
                always = least != null && least >= Math.max(0, need);
            }
            any |= holds;
            every &= always;
        }
        String status = every ? "confirmed" : any ? "possible" : "conflicts";
        long lo = Long.bitCount(certainOut);
        return new Expected("breakdown/" + total.id(), status, lo, lo, null, null, List.of());
    }

    // ---- joint ---------------------------------------------------------------------------------------

    /**
     * The joint check's claims: each counts figure, rank and series step between two different rules that
     * holds in some placement but not in all (each fits the records alone, and hangs on uncertain dates).
     */
    List<Claim> claims() {
        if (claims == null) {
            claims = makeClaims();
        }
        return claims;
    }

    private List<Claim> claims;

    private List<Claim> makeClaims() {
        List<Claim> out = new ArrayList<>();
        for (Fig f : world.figs()) {
            java.util.function.Predicate<Placement> holds;
            if (f.rank()) {
                Tie target = tie(f.rankOf());
                if (target == null) {
                    continue;
                }
                List<Tie> peers = peers(target);
                holds = p -> allows(f.allows(), Long.bitCount(before(target, peers, p)) + 1);
            } else {
                holds = p -> allows(f.allows(), Long.bitCount(members(f, counted(f, f, p))));
            }
            add(out, (f.rank() ? "rank/" : "figure/") + f.id(), List.of(f.id()), holds);
        }
        for (Fig[] s : steps()) {
            Fig a = s[0];
            Fig b = s[1];
            if (a.asOf().equals(b.asOf()) || (a.type().equals(b.type()) && a.country().equals(b.country())
                    && a.distinct() == b.distinct())) {
                continue; // the two figures themselves say all a step of one rule says
            }
            if (!holdsSomewhere(a) || !holdsSomewhere(b) || a.distinct()) {
                // A figure that fails alone is reported alone, not taken as a step; a step of distinct values
                // is checked alone too (README: the joint check's claims).
                continue;
            }
            Long[] change = change(a, b);
            add(out, "series/" + a.id() + "/" + b.id(), List.of(a.id(), b.id()), p -> allowsChange(change,
                    delta(a, b, p)));
        }
        return out;
    }

    private boolean holdsSomewhere(Fig f) {
        return all.stream().anyMatch(p -> allows(f.allows(), Long.bitCount(members(f, counted(f, f, p)))));
    }

    private void add(List<Claim> out, String id, List<String> figures, java.util.function.Predicate<Placement> holds) {
        boolean[] h = new boolean[all.size()];
        boolean any = false;
        boolean every = true;
        for (int i = 0; i < h.length; i++) {
            h[i] = holds.test(all.get(i));
            any |= h[i];
            every &= h[i];
        }
        if (any && !every) {
            out.add(new Claim(id, figures, h));
        }
    }

    private int[] masks;
    private int[] distinctMasks;

    /** Each placement's claims that hold there, as bits over {@code claims} (made once per world). */
    private int[] masks(List<Claim> claims) {
        if (masks == null) {
            masks = new int[all.size()];
            for (int p = 0; p < masks.length; p++) {
                for (int c = 0; c < claims.size(); c++) {
                    masks[p] |= claims.get(c).holds()[p] ? 1 << c : 0;
                }
            }
            distinctMasks = java.util.Arrays.stream(masks).distinct().toArray();
        }
        return masks;
    }

    /** Whether some placement meets every claim of {@code set} (bits over {@code claims}). */
    boolean satisfiable(List<Claim> claims, int set) {
        masks(claims);
        for (int m : distinctMasks) {
            if ((m & set) == set) {
                return true;
            }
        }
        return false;
    }

    /** Whether placement p meets every claim of {@code set}. */
    boolean meets(List<Claim> claims, int set, int p) {
        return (masks(claims)[p] & set) == set;
    }

    /** Each smallest set of claims that cannot all hold, as the sorted figure ids it names. */
    Set<Set<String>> conflicts(List<Claim> claims) {
        List<Integer> minimal = new ArrayList<>();
        for (int size = 2; size <= claims.size(); size++) {
            for (int set = 0; set < 1 << claims.size(); set++) {
                if (Integer.bitCount(set) != size) {
                    continue;
                }
                int s = set;
                if (minimal.stream().anyMatch(m -> (m & s) == m)) {
                    continue;
                }
                if (!satisfiable(claims, set)) {
                    minimal.add(set);
                }
            }
        }
        Set<Set<String>> out = new java.util.HashSet<>();
        for (int m : minimal) {
            out.add(figures(claims, m));
        }
        return out;
    }

    static Set<String> figures(List<Claim> claims, int set) {
        Set<String> ids = new TreeSet<>();
        for (int c = 0; c < claims.size(); c++) {
            if ((set >> c & 1) == 1) {
                ids.addAll(claims.get(c).figures());
            }
        }
        return ids;
    }

    /** The largest sets of claims that can hold together, as bit sets over {@code claims}. */
    List<Integer> readings(List<Claim> claims) {
        for (int size = claims.size(); size >= 0; size--) {
            List<Integer> out = new ArrayList<>();
            for (int set = 0; set < 1 << claims.size(); set++) {
                if (Integer.bitCount(set) == size && satisfiable(claims, set)) {
                    out.add(set);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }
}
