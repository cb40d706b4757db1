package amity.report.reconcile;

import amity.model.Allowed;
import amity.model.Dataset;
import amity.model.Figure;
import amity.model.Truth;
import amity.report.AsOf;
import amity.text.Plural;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Check 2: figures with the same subject, metric and scope form a series ordered by as_of. Each step
 * between consecutive figures is compared with the other source and with the change the records
 * allow in between; a figure of another scope is named, not compared.
 */
final class SeriesCheck implements ReconcileCheck {
    static final String NAME = "series";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "consecutive figures of the same subject, metric and scope";
    }

    @Override
    public List<Finding> run(ReconcileContext context) {
        Dataset data = context.data();
        Derivations derivations = context.derivations();
        Map<String, Map<String, List<Figure>>> byMetric = new LinkedHashMap<>();
        for (Figure f : data.figures()) {
            if (!f.partOf().isEmpty() || !f.alternativeTo().isEmpty() || !f.rankOf().isEmpty()) {
                continue;
            }
            byMetric.computeIfAbsent(f.subject() + "\u0000" + f.metric(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.scope(), k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>();
        // Records only accumulate unless something ended: then a count may fall between two dates.
        boolean anyEnded = data.agreements().stream().anyMatch(x -> x.ended().date().isPresent())
                || data.programs().stream().anyMatch(x -> x.ended().date().isPresent());
        for (Map<String, List<Figure>> scopes : byMetric.values()) {
            for (List<Figure> series : scopes.values()) {
                series.sort(Comparator.comparing(Figure::asOf).thenComparing(Figure::id));
                for (int i = 1; i < series.size(); i++) {
                    out.add(step(series.get(i - 1), series.get(i), derivations, anyEnded));
                }
            }
            if (scopes.size() > 1) {
                out.addAll(scopeChanges(scopes));
            }
        }
        return out;
    }

    private static Finding step(Figure a, Figure b, Derivations derivations, boolean anyEnded) {
        BigDecimal change = b.value().subtract(a.value());
        String key = FindingKey.of(NAME, a.id(), b.id()).text();
        String digest = new Digest().number(a.value()).qualifier(a.qualifier()).date(a.asOf()).number(b.value())
                .qualifier(b.qualifier()).date(b.asOf()).value();
        String step = a.reported() + " (" + a.asOf() + ", " + a.source() + ") to " + b.reported() + " (" + b.asOf()
                + ", " + b.source() + ")";
        // The changes the two reports allow together, given their qualifiers ("at least 2" is open above).
        Allowed ra = a.qualifier().allows(a.value());
        Allowed rb = b.qualifier().allows(b.value());
        BigDecimal changeLo = ra.hi().map(h -> rb.lo().subtract(h)).orElse(null);
        BigDecimal changeHi = rb.hi().map(h -> h.subtract(ra.lo())).orElse(null);
        String reported = changeText(changeLo, changeHi);
        if (a.asOf().equals(b.asOf()) && ((changeLo != null && changeLo.signum() > 0)
                || (changeHi != null && changeHi.signum() < 0))) {
            BigDecimal gap = changeLo != null && changeLo.signum() > 0 ? changeLo : changeHi;
            return finding(a, b, key, reported, null, null, gap, Status.CONFLICTS,
                    "Two sources give different values for the same date: " + step + ".", digest, Need.NONE);
        }
        Derivation da = derivations.at(a, a.asOf());
        Derivation db = derivations.at(a, b.asOf());
        if (da == null || db == null) {
            boolean falls = changeHi != null && changeHi.signum() < 0 && !anyEnded;
            return finding(a, b, key, reported, null, null, change, falls ? Status.CONFLICTS : Status.UNVERIFIABLE,
                    (falls ? "The count falls from " : "No counts rule to check the step from ") + step + ".", digest,
                    Need.NONE);
        }
        // Per record: added in the step (alive at b, not at a) or removed (ended in between).
        int addedCertain = 0;
        int addedPossible = 0;
        int removedCertain = 0;
        int removedPossible = 0;
        List<String> uncertain = new ArrayList<>();
        // The two derivations share their rows (one rule, two dates): record i is the same in both.
        for (int i = 0, n = da.size(); i < n; i++) {
            Truth before = da.truth(i);
            Truth after = db.truth(i);
            Truth added = after.and(before.not());
            // A record with no end cannot leave the count, however uncertain its dates.
            Truth removed = AsOf.ends(da.row(i).record()) ? before.and(after.not()) : Truth.NO;
            addedCertain += added == Truth.YES ? 1 : 0;
            addedPossible += added != Truth.NO ? 1 : 0;
            removedCertain += removed == Truth.YES ? 1 : 0;
            removedPossible += removed != Truth.NO ? 1 : 0;
            if (added == Truth.MAYBE || removed == Truth.MAYBE) {
                uncertain.add(db.row(i).id());
            }
        }
        uncertain.sort(null);
        // Records change one by one; distinct values only when no other record of theirs already counts.
        int[] values = da.distinct().isEmpty() ? null : StepChange.distinct(da, db);
        // Two counts of one day are one count: nothing changes, ended or not.
        boolean oneDay = a.asOf().isDay() && a.asOf().equals(b.asOf());
        int min = oneDay ? 0 : values == null ? addedCertain - removedPossible : values[0];
        int max = oneDay ? 0 : values == null ? addedPossible - removedCertain : values[1];
        BigDecimal lo = BigDecimal.valueOf(min);
        BigDecimal hi = BigDecimal.valueOf(max);
        String allowed = min == max ? signed(lo) : signed(lo) + ".." + signed(hi);
        if (changeLo != null && changeLo.compareTo(hi) > 0) {
            return finding(a, b, key, reported, lo, hi, changeLo.subtract(hi), Status.RECORDS_SHORT, "The count rises by "
                    + changeLo.toPlainString() + (changeLo.compareTo(change) == 0 ? "" : " or more") + " from " + step
                    + ", but the records allow " + allowed + " in between.", digest, Need.NONE);
        }
        if (changeHi != null && changeHi.compareTo(lo) < 0) {
            // A count of records that only grow (nothing ended in between) cannot fall.
            return finding(a, b, key, reported, lo, hi, changeHi.subtract(lo), Status.CONFLICTS, (changeHi.signum() < 0
                    ? "The count falls by " + changeHi.negate().toPlainString() : "The count changes by at most "
                            + changeHi.toPlainString()) + " from " + step + ", but the records certainly add " + min
                    + " in between.", digest, Need.NONE);
        }
        Allowed span = changeHi == null ? Allowed.atLeast(changeLo == null ? lo.min(BigDecimal.ZERO) : changeLo)
                : Allowed.between(changeLo == null ? lo.min(changeHi) : changeLo, changeHi);
        Grading g = Grading.of(span, min, max, () -> uncertain);
        if (g.status() == Status.CONFIRMED) {
            return finding(a, b, key, reported, lo, hi, BigDecimal.ZERO, Status.CONFIRMED, "The step from " + step
                    + " (" + reported + ") fits the records whatever the uncertain dates are: they allow " + allowed
                    + ".", digest, Need.NONE);
        }
        if (!da.distinct().isEmpty()) {
            // Distinct values are not records: say which records decide, not how many of them.
            return finding(a, b, key, reported, lo, hi, BigDecimal.ZERO, Status.POSSIBLE, "The step from " + step
                    + " (" + reported + ") fits the records, which allow " + allowed + ", only for some placements of "
                    + "the dates of these " + uncertain.size() + ": " + String.join(", ", uncertain) + ".", digest,
                    g.need());
        }
        return finding(a, b, key, reported, lo, hi, BigDecimal.ZERO, Status.POSSIBLE, "The step from " + step + " ("
                + reported + ") fits the records, which allow " + allowed + ", only if " + g.need().clause(
                        (removedPossible == 0 ? "signed after " + a.asOf() + " and by " : "changed between "
                        + a.asOf() + " and ") + b.asOf()) + ".",
                digest, g.need());
    }

    private static String signed(BigDecimal n) {
        return n.signum() >= 0 ? "+" + n.toPlainString() : n.toPlainString();
    }

    /** The change two qualified reports allow: "+1", "+0..+2", "+2.." (open above) or "..+1" (open below). */
    private static String changeText(BigDecimal lo, BigDecimal hi) {
        if (lo != null && hi != null && lo.compareTo(hi) == 0) {
            return signed(lo);
        }
        return (lo == null ? "" : signed(lo)) + ".." + (hi == null ? "" : signed(hi));
    }

    private static Finding finding(Figure a, Figure b, String key, String reported, BigDecimal lo, BigDecimal hi,
            BigDecimal diff, Status status, String why, String digest, Need need) {
        return new Finding(NAME, key, b.subject(), b.metric(), b.asOf(), b.source(), reported, null, "", lo, hi, diff,
                status, why, digest, "", need, List.of(a.id(), b.id()), List.of());
    }

    /**
     * Figures whose scope differs from the main series of their subject and metric (the scope with
     * most figures): each is named apart, not compared.
     */
    private static List<Finding> scopeChanges(Map<String, List<Figure>> scopes) {
        List<Finding> out = new ArrayList<>();
        List<String> names = new ArrayList<>(scopes.keySet());
        String main = names.stream().max(Comparator.comparing((String s) -> scopes.get(s).size())
                .thenComparing(Comparator.reverseOrder())).orElseThrow();
        for (String scope : names) {
            if (scope.equals(main)) {
                continue;
            }
            for (Figure f : scopes.get(scope)) {
                List<String> others = names.stream().filter(s -> !s.equals(scope))
                        .map(s -> "'" + (s.isEmpty() ? "unscoped" : s) + "' (" + Plural.count(scopes.get(s).size(), "figure") + ")")
                        .toList();
                out.add(new Finding(NAME, FindingKey.of("scope", f.id()).text(), f.subject(), f.metric(), f.asOf(), f.source(),
                        f.reported(), null, null, null, Status.UNVERIFIABLE, "Scope '"
                                + (scope.isEmpty() ? "unscoped" : scope) + "' is a series of its own; not compared with "
                                + String.join(", ", others) + ".",
                        new Digest().number(f.value()).text(scope).value(), ""));
            }
        }
        return out;
    }
}
