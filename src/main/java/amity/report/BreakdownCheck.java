package amity.report;

import amity.model.Counts;
import amity.model.Dataset;
import amity.model.Figure;
import amity.model.Qualifier;
import amity.model.Truth;
import amity.query.Catalog;
import amity.query.Expression;
import amity.query.QueryError;
import amity.query.RecordFields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Check 3: the parts of a total (figures naming it in part_of). Parts must not exceed the total,
 * parts declared complete must add up, and the remainder must hold the members the records
 * certainly place outside every named part.
 */
final class BreakdownCheck {
    private BreakdownCheck() {
    }

    static List<Finding> run(Dataset data, Reconciler.Derivations derivations) {
        Map<String, List<Figure>> parts = new LinkedHashMap<>();
        for (Figure f : data.figures()) {
            if (!f.partOf().isEmpty()) {
                parts.computeIfAbsent(f.partOf(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> out = new ArrayList<>();
        parts.forEach((totalId, list) -> data.figure(totalId)
                .ifPresent(total -> out.add(check(data, total, list, derivations))));
        return out;
    }

    private static Finding check(Dataset data, Figure total, List<Figure> parts, Reconciler.Derivations derivations) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> named = new ArrayList<>();
        for (Figure p : parts) {
            sum = sum.add(p.value());
            named.add(p.reported() + " (" + p.id() + ")");
        }
        BigDecimal remainder = total.value().subtract(sum);
        String key = "breakdown/" + total.id();
        String head = total.reported() + " split as " + String.join(" + ", named) + " leaves " + remainder.toPlainString();
        String digest = Reconciler.digest(total.value(), total.qualifier(), parts.stream()
                .map(p -> p.id() + "=" + p.value() + p.qualifier()).toList());
        boolean exactTotal = total.qualifier() == Qualifier.EXACT || total.qualifier() == Qualifier.AT_MOST
                || total.qualifier() == Qualifier.LESS_THAN;
        if (exactTotal && remainder.signum() < 0) {
            return finding(total, key, remainder, null, Status.CONFLICTS, head + ": the parts exceed the total.",
                    digest);
        }
        if (total.partsComplete() && remainder.signum() != 0) {
            return finding(total, key, remainder, null, Status.CONFLICTS, head
                    + ", though the parts are declared complete.", digest);
        }
        TreeSet<String> outside = outside(data, total, parts, derivations);
        if (outside == null) {
            return finding(total, key, remainder, null, Status.AGREES, head + "; no counts rules to test the "
                    + "remainder with.", digest);
        }
        BigDecimal certain = BigDecimal.valueOf(outside.size());
        String members = outside.isEmpty() ? "" : ": " + String.join(", ", outside);
        if (exactTotal && remainder.compareTo(certain) < 0) {
            return finding(total, key, remainder.subtract(certain), certain, Status.CONFLICTS, head
                    + ", but the records certainly place " + outside.size() + " outside the named parts" + members
                    + ".", Reconciler.digest(digest, outside));
        }
        return finding(total, key, BigDecimal.ZERO, certain, Status.AGREES, head + "; the records certainly place "
                + outside.size() + " outside the named parts" + members + ".", Reconciler.digest(digest, outside));
    }

    /**
     * The members (records, or distinct values) the total's rule certainly counts and every part's rule
     * certainly excludes; null when the total or a part has no rule of the same type and side.
     */
    private static TreeSet<String> outside(Dataset data, Figure total, List<Figure> parts,
            Reconciler.Derivations derivations) {
        Derivation d = derivations.of(total);
        if (d == null) {
            return null;
        }
        RecordFields fields = new RecordFields(data);
        Counts whole = total.counts().orElseThrow();
        Catalog catalog = new Catalog(whole.type(), fields.fields(whole.type(), !whole.of().isEmpty()));
        List<Expression> rules = new ArrayList<>();
        for (Figure p : parts) {
            Counts part = p.counts().orElse(null);
            if (part == null || !part.type().equals(whole.type()) || !part.of().equals(whole.of())) {
                return null;
            }
            try {
                rules.add(Expression.parse(part.where(), catalog));
            } catch (QueryError e) {
                return null;
            }
        }
        TreeSet<String> outside = new TreeSet<>();
        TreeSet<String> inside = new TreeSet<>();
        for (Derivation.Verdict v : d.verdicts()) {
            if (v.value().isEmpty() || v.truth() == Truth.NO) {
                continue;
            }
            boolean excluded = rules.stream().allMatch(r -> r.test(v.row()) == Truth.NO);
            if (v.truth() == Truth.YES && excluded) {
                outside.add(v.value());
            } else {
                inside.add(v.value());
            }
        }
        // A distinct value (a country) with one member inside a part is not certainly outside.
        outside.removeAll(inside);
        return outside;
    }

    private static Finding finding(Figure total, String key, BigDecimal diff, BigDecimal certain, Status status,
            String why, String digest) {
        return new Finding("breakdown", key, total.subject(), total.metric(), total.asOf(), total.source(),
                total.reported(), certain, certain, diff, status, why, digest, "");
    }
}
