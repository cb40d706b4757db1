package amity.report;

import amity.model.Allowed;
import amity.model.Dataset;
import amity.model.Figure;
import amity.model.Truth;
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
        String key = "series/" + a.id() + "/" + b.id();
        String digest = Reconciler.digest(a.value(), a.qualifier(), a.asOf(), b.value(), b.qualifier(), b.asOf());
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
                    "Two sources give different values for the same date: " + step + ".", digest);
        }
        Derivation da = derivations.at(a, a.asOf());
        Derivation db = derivations.at(a, b.asOf());
        if (da == null || db == null) {
            boolean falls = changeHi != null && changeHi.signum() < 0 && !anyEnded;
            return finding(a, b, key, reported, null, null, change, falls ? Status.CONFLICTS : Status.UNVERIFIABLE,
                    (falls ? "The count falls from " : "No counts rule to check the step from ") + step + ".", digest);
        }
        int min = anyEnded ? db.lo() - da.hi() : Math.max(0, db.lo() - da.hi());
        int max = db.hi() - da.lo();
        BigDecimal lo = BigDecimal.valueOf(min);
        BigDecimal hi = BigDecimal.valueOf(max);
        String allowed = min == max ? signed(lo) : signed(lo) + ".." + signed(hi);
        if (changeLo != null && changeLo.compareTo(hi) > 0) {
            return finding(a, b, key, reported, lo, hi, changeLo.subtract(hi), Status.RECORDS_SHORT, "The count rises by "
                    + changeLo.toPlainString() + (changeLo.compareTo(change) == 0 ? "" : " or more") + " from " + step
                    + ", but the records allow " + allowed + " in between.", digest);
        }
        if (changeHi != null && changeHi.compareTo(lo) < 0) {
            // A count of records that only grow (nothing ended in between) cannot fall.
            return finding(a, b, key, reported, lo, hi, changeHi.subtract(lo), Status.CONFLICTS, (changeHi.signum() < 0
                    ? "The count falls by " + changeHi.negate().toPlainString() : "The count changes by at most "
                            + changeHi.toPlainString()) + " from " + step + ", but the records certainly add " + min
                    + " in between.", digest);
        }
        return finding(a, b, key, reported, lo, hi, BigDecimal.ZERO, Status.AGREES, "The step from " + step + " ("
                + reported + ") fits the records, which allow " + allowed + ".", digest);
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
            BigDecimal diff, Status status, String why, String digest) {
        return new Finding(NAME, key, b.subject(), b.metric(), b.asOf(), b.source(), reported, lo, hi, diff,
                status, why, digest, "");
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
                out.add(new Finding(NAME, "scope/" + f.id(), f.subject(), f.metric(), f.asOf(), f.source(),
                        f.reported(), null, null, null, Status.UNVERIFIABLE, "Scope '"
                                + (scope.isEmpty() ? "unscoped" : scope) + "' is a series of its own; not compared with "
                                + String.join(", ", others) + ".",
                        Reconciler.digest(f.value(), scope), ""));
            }
        }
        return out;
    }
}
