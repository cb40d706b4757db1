package amity.report.reconcile;

import amity.model.Agreement;
import amity.model.Allowed;
import amity.model.Figure;
import amity.model.Truth;
import amity.report.AsOf;
import amity.solve.Bounds;
import amity.solve.Budget;
import amity.solve.Claim;
import amity.solve.Item;
import amity.solve.Joint;
import amity.solve.Tally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One subject's figures as a constraint problem for {@link Joint}: each counts figure, rank and series
 * step that fits the records alone but hangs on records of uncertain date becomes a claim on those
 * records' signing dates. What the records settle is folded into the claim's bounds, so only the
 * uncertain agreements some rule can count become variables. A record that is uncertain for another
 * reason (it possibly matches the where) is a free choice of its own for that claim:
 * weaker, never wrong. Breakdowns are not claims: their parts and total are counts figures already.
 */
final class JointProblem {

    /** Marks an item that stands for one claim's free choice on a record, not for an agreement's date. */
    static final String FREE = "~";

    final String subject;
    final List<Item> items;
    final List<Claim> claims;
    /** The figures behind each claim id (a step names two). */
    final Map<String, List<Figure>> figures;
    /** How much work the solver may do for this subject: counted in dead ends, the same on every machine. */
    final Budget budget;

    private JointProblem(String subject, List<Item> items, List<Claim> claims, Map<String, List<Figure>> figures,
            Budget budget) {
        this.subject = subject;
        this.items = items;
        this.claims = claims;
        this.figures = figures;
        this.budget = budget;
    }

    Joint joint() {
        return Joint.of(items, claims, budget);
    }

    /** A sentence saying the budget stopped the solver, and what that leaves open ({@code open}). */
    String budgetReached(String open) {
        long n = budget.failsPerCall();
        return "The solver reached its work budget (" + String.format(java.util.Locale.ROOT, "%,d", n)
                + (n == 1 ? " dead end" : " dead ends") + " per call) for " + subject + ": " + open + ".";
    }

    /** The record an item stands for: an agreement id, or for a free choice the record it was made for. */
    static String record(String item) {
        int i = item.indexOf(FREE);
        return i < 0 ? item : item.substring(i + 1);
    }

    /** Each subject with claims, in the order its first figure appears. */
    static List<JointProblem> of(ReconcileContext context) {
        Map<String, List<Figure>> bySubject = new LinkedHashMap<>();
        for (Figure f : context.data().figures()) {
            bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
        }
        List<JointProblem> out = new ArrayList<>();
        for (Map.Entry<String, List<Figure>> e : bySubject.entrySet()) {
            JointProblem p = build(context, e.getKey(), e.getValue());
            if (!p.claims.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static JointProblem build(ReconcileContext context, String subject, List<Figure> figures) {
        Map<String, Item> items = new TreeMap<>();
        List<Claim> claims = new ArrayList<>();
        Map<String, List<Figure>> behind = new LinkedHashMap<>();
        for (Figure f : figures) {
            Derivation d = context.derivations().of(f);
            if (d != null) {
                count(f, d, items).ifPresent(c -> {
                    claims.add(c);
                    behind.put(c.id(), List.of(f));
                });
            }
            if (!f.rankOf().isEmpty()) {
                context.data().agreement(f.rankOf()).flatMap(t -> rank(context, f, t, items)).ifPresent(c -> {
                    claims.add(c);
                    behind.put(c.id(), List.of(f));
                });
            }
        }
        for (Figure[] step : steps(figures)) {
            step(context, step[0], step[1], items).ifPresent(c -> {
                claims.add(c);
                behind.put(c.id(), List.of(step[0], step[1]));
            });
        }
        return new JointProblem(subject, List.copyOf(items.values()), claims, behind, context.budget());
    }

    /** The series steps of the subject's figures, as the series check pairs them. */
    private static List<Figure[]> steps(List<Figure> figures) {
        Map<String, List<Figure>> series = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.partOf().isEmpty() && f.alternativeTo().isEmpty() && f.rankOf().isEmpty()) {
                series.computeIfAbsent(f.metric() + "\u0000" + f.scope(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Figure[]> out = new ArrayList<>();
        for (List<Figure> s : series.values()) {
            s.sort(java.util.Comparator.comparing(Figure::asOf).thenComparing(Figure::id));
            for (int i = 1; i < s.size(); i++) {
                out.add(new Figure[] {s.get(i - 1), s.get(i)});
            }
        }
        return out;
    }

    private static boolean fitsAlone(ReconcileContext context, Figure f) {
        Derivation d = context.derivations().of(f);
        return d == null || f.qualifier().allows(f.value()).gap(d.lo(), d.hi()).signum() == 0;
    }

    /** The whole numbers {@code allowed} holds, less {@code certain}, within 0..{@code uncertain}; empty when none. */
    private static Optional<Bounds> shifted(Allowed allowed, int certain, int uncertain) {
        long lo = allowed.least() - certain;
        long hi = allowed.greatest() == Long.MAX_VALUE ? Long.MAX_VALUE : allowed.greatest() - certain;
        if (hi < 0 || lo > uncertain) {
            return Optional.empty();
        }
        if (lo <= 0 && hi >= uncertain) {
            // Holds however the uncertain records fall: no claim on them.
            return Optional.empty();
        }
        return Optional.of(new Bounds((int) Math.max(0, lo), hi >= uncertain ? Bounds.UNBOUNDED : (int) hi));
    }

    /**
     * An agreement of uncertain date whose verdict hangs on its dates alone (signing and ending): its days
     * are variables shared by every claim.
     */
    private static boolean byDate(Derivation.Verdict v) {
        return v.matches() == Truth.YES && v.row().record() instanceof Agreement;
    }

    /** The solver's item for an agreement: its signing days, group and ending days. */
    private static Item item(Agreement a, String group) {
        return new Item(a.id(), a.effectiveSigned(), group, a.ended().date().orElse(Item.LASTS));
    }

    /** The item a claim on figure {@code f} counts for record {@code v}; a group matters to distinct tallies only. */
    private static String item(Figure f, Derivation.Verdict v, String group, Map<String, Item> items) {
        if (byDate(v)) {
            Agreement a = (Agreement) v.row().record();
            Item known = items.get(a.id());
            if (known == null || known.group().isEmpty() || group.isEmpty() || known.group().equals(group)) {
                String g = group.isEmpty() && known != null ? known.group() : group;
                items.put(a.id(), item(a, g));
                return a.id();
            }
        }
        String id = f.id() + FREE + v.row().id();
        items.put(id, new Item(id, amity.model.DateInterval.UNKNOWN, group));
        return id;
    }

    private static Optional<Claim> count(Figure f, Derivation d, Map<String, Item> items) {
        if (f.qualifier().allows(f.value()).gap(d.lo(), d.hi()).signum() != 0 || d.lo() == d.hi()) {
            return Optional.empty();
        }
        // hi - lo records (or values) are uncertain: a figure that holds however they fall costs no pass over them.
        if (shifted(f.qualifier().allows(f.value()), d.lo(), d.hi() - d.lo()).isEmpty()) {
            return Optional.empty();
        }
        boolean distinct = !d.distinct().isEmpty();
        // One pass over the truths (no verdict per record): the certain values matter to distinct counts only.
        Set<String> certainKeys = new java.util.HashSet<>();
        List<Integer> maybe = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            Truth t = d.truth(i);
            if (t == Truth.MAYBE) {
                maybe.add(i);
            } else if (t == Truth.YES && distinct) {
                certainKeys.add(d.key(i));
            }
        }
        List<Derivation.Verdict> open = new ArrayList<>();
        Set<String> openKeys = new java.util.HashSet<>();
        for (int i : maybe) {
            String key = d.key(i);
            if (!key.isEmpty() && !certainKeys.contains(key)) {
                open.add(d.verdict(i));
                openKeys.add(key);
            }
        }
        int uncertain = distinct ? openKeys.size() : open.size();
        Optional<Bounds> bounds = shifted(f.qualifier().allows(f.value()), d.lo(), uncertain);
        if (bounds.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (Derivation.Verdict v : open) {
            ids.add(item(f, v, distinct ? v.value() : "", items));
        }
        // The figures of one source with the same interval as_of describe one day of it, shared.
        Tally tally = (distinct ? Tally.distinct(ids, f.asOf()) : Tally.count(ids, f.asOf()))
                .sharing(f.source() + "@" + f.asOf().text());
        return Optional.of(new Claim.Count(FindingKey.of(FigureCheck.NAME, f.id()).text(), tally, bounds.get()));
    }

    private static Optional<Claim> rank(ReconcileContext context, Figure f, Agreement target, Map<String, Item> items) {
        if (RankCheck.alone(context.data(), f, target) != Status.POSSIBLE) {
            return Optional.empty(); // A rank that fails alone is the rank check's finding, not a joint one.
        }
        int before = 0;
        List<String> open = new ArrayList<>();
        for (Agreement a : RankCheck.peers(context.data(), f.subject(), target)) {
            Truth t = a.effectiveSigned().before(target.effectiveSigned());
            if (t == Truth.YES) {
                before++;
            } else if (t == Truth.MAYBE) {
                open.add(a.id());
            }
        }
        // Under any qualifier: rank r means r - 1 peers signed before, of which `before` certainly are.
        Optional<Bounds> earlier = shifted(RankCheck.earlierAllowed(f), before, open.size());
        if (open.isEmpty() || earlier.isEmpty()) {
            return Optional.empty();
        }
        for (String id : open) {
            Agreement a = context.data().agreement(id).orElseThrow();
            items.putIfAbsent(id, item(a, ""));
        }
        items.putIfAbsent(target.id(), item(target, ""));
        List<String> all = new ArrayList<>(open);
        all.add(target.id());
        return Optional.of(new Claim.Rank(FindingKey.of(RankCheck.NAME, f.id()).text(), target.id(), all,
                earlier.get()));
    }

    private static Optional<Claim> step(ReconcileContext context, Figure a, Figure b, Map<String, Item> items) {
        Derivation da = context.derivations().at(a, a.asOf());
        Derivation db = context.derivations().at(a, b.asOf());
        if (da == null || db == null || !da.distinct().isEmpty() || a.asOf().equals(b.asOf())
                || a.counts().equals(b.counts()) || !fitsAlone(context, a) || !fitsAlone(context, b)) {
            // Two counts of one rule already say all their step says; a figure that fails alone is reported alone.
            return Optional.empty();
        }
        Allowed ra = a.qualifier().allows(a.value());
        Allowed rb = b.qualifier().allows(b.value());
        if (ra.hi().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal changeLo = rb.lo().subtract(ra.hi().get());
        Allowed change = rb.hi().map(h -> Allowed.between(changeLo, h.subtract(ra.lo())))
                .orElse(Allowed.atLeast(changeLo));
        int certain = 0;
        List<String> open = new ArrayList<>();
        for (int i = 0; i < da.size(); i++) {
            Truth before = da.truth(i);
            Truth after = db.truth(i);
            if (before == Truth.NO && after == Truth.YES) {
                certain++;
            } else if (before == Truth.YES && after == Truth.NO) {
                certain--; // ended in between
            } else if (before != Truth.YES && after != Truth.NO) {
                if (!byDate(db.verdict(i)) || AsOf.ends(db.row(i).record())) {
                    return Optional.empty(); // Not a matter of dates alone: the series check has said what it can.
                }
                open.add(db.row(i).id());
            }
        }
        if (open.isEmpty() || change.gap(certain, certain + open.size()).signum() != 0) {
            return Optional.empty();
        }
        Optional<Bounds> bounds = shifted(change, certain, open.size());
        if (bounds.isEmpty()) {
            return Optional.empty();
        }
        for (String id : open) {
            Agreement ag = context.data().agreement(id).orElseThrow();
            items.putIfAbsent(id, item(ag, ""));
        }
        return Optional.of(new Claim.Step(FindingKey.of(SeriesCheck.NAME, a.id(), b.id()).text(), open, a.asOf(), b.asOf(),
                bounds.get()));
    }
}
