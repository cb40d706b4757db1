package amity.report.reconcile;

import amity.model.Allowed;
import amity.model.Counts;
import amity.model.Dataset;
import amity.model.Figure;
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
import java.util.Optional;
import java.util.TreeSet;

/**
 * Check 3: the parts of a total (figures naming it in part_of), each under its qualifier. Parts must
 * be able to fit the total, parts declared complete must be able to add up to it, and the remainder
 * must hold the members the records certainly place outside every named part. Parts that cannot fit
 * their total are a finding of this check, not a data error of `amity check`: the parts and the total
 * are figures, often from different sources, that may disagree.
 */
final class BreakdownCheck implements ReconcileCheck {
    static final String NAME = "breakdown";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "parts against their total";
    }

    @Override
    public List<Finding> run(ReconcileContext context) {
        Dataset data = context.data();
        Map<String, List<Figure>> parts = new LinkedHashMap<>();
        for (Figure f : data.figures()) {
            if (!f.partOf().isEmpty()) {
                parts.computeIfAbsent(f.partOf(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> out = new ArrayList<>();
        parts.forEach((totalId, list) -> data.figure(totalId)
                .ifPresent(total -> out.add(check(data, total, list, context.derivations()))));
        return out;
    }

    private static Finding check(Dataset data, Figure total, List<Figure> parts, Derivations derivations) {
        Allowed whole = total.qualifier().allows(total.value());
        // What the parts allow together: each anywhere in what its own qualifier allows.
        Allowed sum = parts.stream().map(p -> p.qualifier().allows(p.value())).reduce(Allowed::plus).orElseThrow();
        List<String> named = parts.stream().map(p -> p.reported() + " (" + p.id() + ")").toList();
        // The most and the least the total leaves beside the parts (empty: unbounded).
        Optional<BigDecimal> most = whole.hi().map(h -> h.subtract(sum.lo()));
        Optional<BigDecimal> least = sum.hi().map(h -> whole.lo().subtract(h));
        String key = FindingKey.of(NAME, total.id()).text();
        String head = total.reported() + " split as " + String.join(" + ", named) + " leaves " + remainder(whole, sum);
        Digest inputs = new Digest().number(total.value()).qualifier(total.qualifier());
        parts.forEach(p -> inputs.text(p.id()).number(p.value()).qualifier(p.qualifier()));
        String digest = inputs.value();
        if (most.isPresent() && most.get().signum() < 0) {
            return finding(total, key, most.get(), null, Status.CONFLICTS, head + ": the parts exceed the total.",
                    digest);
        }
        if (total.partsComplete() && !sum.overlaps(whole)) {
            return finding(total, key, least.orElseThrow(), null, Status.CONFLICTS, head
                    + ", though the parts are declared complete.", digest);
        }
        Outside found = outside(data, total, parts, derivations);
        TreeSet<String> outside = found == null ? null : found.certain();
        if (outside == null) {
            // Nothing derived to compare with: the difference is the remainder, where it is one number.
            BigDecimal left = most.filter(m -> least.isPresent() && m.compareTo(least.get()) == 0).orElse(null);
            boolean always = least.isPresent() && least.get().signum() >= 0;
            return finding(total, key, left, null, always ? Status.CONFIRMED : Status.POSSIBLE, head
                    + (always ? "; the parts fit the total whatever each is within its qualifier" : "; the parts fit "
                            + "the total only for some of the values their qualifiers allow")
                    + "; no counts rules to test the remainder with.", digest);
        }
        BigDecimal certain = BigDecimal.valueOf(outside.size());
        String members = outside.isEmpty() ? "" : ": " + String.join(", ", outside);
        if (total.partsComplete() && !outside.isEmpty()) {
            // Complete parts leave nothing beside them, so any member certainly outside them contradicts.
            return finding(total, key, certain.negate(), certain, Status.CONFLICTS, head
                    + ", though the parts are declared complete, and the records certainly place " + outside.size()
                    + " outside the named parts" + members + ".", new Digest().digest(digest).texts(outside).value());
        }
        if (most.isPresent() && most.get().compareTo(certain) < 0) {
            return finding(total, key, most.get().subtract(certain), certain, Status.CONFLICTS, head
                    + ", but the records certainly place " + outside.size() + " outside the named parts" + members
                    + ".", new Digest().digest(digest).texts(outside).value());
        }
        // Confirmed only when every value the qualifiers allow leaves room for all that may fall outside.
        int possibly = found.possibly() - outside.size();
        boolean always = least.isPresent() && least.get().compareTo(BigDecimal.valueOf(found.possibly())) >= 0;
        boolean valuesShort = !least.isPresent() || least.get().compareTo(certain) < 0;
        return finding(total, key, BigDecimal.ZERO, certain, always ? Status.CONFIRMED : Status.POSSIBLE, head
                + (valuesShort ? " for some of the values the qualifiers allow" : "") + "; the records certainly place "
                + outside.size() + " outside the named parts" + members + (possibly == 0 ? "" : ", and possibly "
                        + possibly + " more of uncertain date" + (always ? "" : ", for which it may have no room"))
                + ".", new Digest().digest(digest).texts(outside).value());
    }

    /** The members certainly outside every part, and how many may be outside (the certain ones among them). */
    private record Outside(TreeSet<String> certain, int possibly) {
    }

    /**
     * What the total leaves beside the parts, each anywhere in what its qualifier allows: "6" (all
     * exact), "0..1", "at least 21" (an open total) or "at most -1" (open parts beyond the total).
     * Never below 0 unless the parts exceed the total.
     */
    static String remainder(Allowed whole, Allowed parts) {
        Optional<BigDecimal> hi = whole.hi().map(h -> h.subtract(parts.lo()));
        Optional<BigDecimal> lo = parts.hi().map(h -> whole.lo().subtract(h));
        if (hi.isPresent() && hi.get().signum() < 0) {
            return lo.map(l -> Allowed.between(l, hi.get()).toString()).orElse("at most " + hi.get().toPlainString());
        }
        BigDecimal floor = lo.filter(l -> l.signum() > 0).orElse(BigDecimal.ZERO);
        return hi.map(h -> Allowed.between(floor, h).toString()).orElse("at least " + floor.toPlainString());
    }

    /**
     * The members (records, or distinct values) the total's rule certainly counts and every part's rule
     * certainly excludes; null when the total or a part has no rule of the same type and side.
     */
    private static Outside outside(Dataset data, Figure total, List<Figure> parts, Derivations derivations) {
        Derivation d = derivations.of(total);
        List<Expression> rules = rules(data, total, parts);
        if (d == null || rules == null) {
            return null;
        }
        TreeSet<String> outside = new TreeSet<>();
        TreeSet<String> inside = new TreeSet<>();
        TreeSet<String> maybe = new TreeSet<>();
        TreeSet<String> surelyInside = new TreeSet<>();
        for (Derivation.Verdict v : d.verdicts()) {
            if (v.value().isEmpty() || v.truth() == Truth.NO) {
                continue;
            }
            boolean excluded = rules.stream().allMatch(r -> r.test(v.row()) == Truth.NO);
            boolean inPart = rules.stream().anyMatch(r -> r.test(v.row()) == Truth.YES);
            if (v.truth() == Truth.YES && excluded) {
                outside.add(v.value());
            } else if (!excluded) {
                inside.add(v.value());
            }
            if (!inPart) {
                maybe.add(v.value());
            } else if (v.truth() == Truth.YES) {
                surelyInside.add(v.value());
            }
        }
        // A distinct value (a country) with one member possibly inside a part is not certainly outside;
        // one whose other members are only of uncertain date, and outside every part too, still is.
        outside.removeAll(inside);
        // It may be outside unless a member of it is certainly counted by a part.
        maybe.removeAll(surelyInside);
        return new Outside(outside, maybe.size());
    }

    /** Each part's where, parsed for the total's kind of record; null when a part counts another kind. */
    private static List<Expression> rules(Dataset data, Figure total, List<Figure> parts) {
        if (total.counts().isEmpty()) {
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
        return rules;
    }

    /** One record the total's rule may count, for --explain: where it stands against the parts. */
    record Member(String verdict, String id, String value, List<String> parts) {
    }

    /**
     * Every record the total's rule certainly or possibly counts: "outside" every part (certainly
     * counted, every part's where excludes it), "possibly outside", "in a part" or "possibly in a part",
     * with the parts whose where may take it. Empty when the parts count another kind of record.
     */
    static List<Member> members(Dataset data, Figure total, List<Figure> parts) {
        List<Expression> rules = rules(data, total, parts);
        Derivation d;
        try {
            d = rules == null ? null : Derivation.of(data, total.counts().orElseThrow(), total.asOf());
        } catch (QueryError e) {
            d = null;
        }
        if (d == null) {
            return List.of();
        }
        List<Member> out = new ArrayList<>();
        for (Derivation.Verdict v : d.verdicts()) {
            if (v.truth() == Truth.NO) {
                continue;
            }
            List<String> in = new ArrayList<>();
            boolean surely = false;
            for (int i = 0; i < parts.size(); i++) {
                Truth t = rules.get(i).test(v.row());
                if (t != Truth.NO) {
                    in.add(parts.get(i).id());
                }
                surely |= t == Truth.YES;
            }
            String verdict = in.isEmpty() ? (v.truth() == Truth.YES ? "outside" : "possibly outside")
                    : surely && v.truth() == Truth.YES ? "in a part" : "possibly in a part";
            out.add(new Member(verdict, v.row().id(), d.distinct().isEmpty() ? "" : v.value(), in));
        }
        return out;
    }

    private static Finding finding(Figure total, String key, BigDecimal diff, BigDecimal certain, Status status,
            String why, String digest) {
        return new Finding("breakdown", key, total.subject(), total.metric(), total.asOf(), total.source(),
                total.reported(), total.value(), total.qualifier().slug(), certain, certain, diff, status, why, digest,
                "", Need.NONE, List.of(), List.of());
    }
}
