package amity.report.reconcile;

import amity.model.Counts;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Figure;
import amity.model.Truth;
import amity.query.Expression;
import amity.query.QueryError;
import amity.query.RecordFields;
import amity.query.ValueRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Derivations computed once per figure, since several checks look at the same figure. */
public final class Derivations {
    private final RecordFields fields;
    private final Map<String, Derivation> cache = new HashMap<>();
    private final Map<String, List<ValueRow>> rows = new HashMap<>();
    private final Map<String, Truth[]> matches = new HashMap<>();
    private final Map<String, RuleIndex> indexes = new HashMap<>();

    Derivations(Dataset data) {
        this.fields = new RecordFields(data);
        // The places counts rules are about, found in one pass over the agreements.
        Set<String> sides = new HashSet<>();
        for (Figure f : data.figures()) {
            f.counts().filter(c -> !c.of().isEmpty()).ifPresent(c -> sides.add(c.of()));
        }
        data.findAgreementsOf(sides);
    }

    /** The fields whose named values decide whether a rule's scope is recorded at all. */
    private static final List<String> SCOPE_FIELDS = List.of("level", "type");

    /**
     * What the figure's where names that no record of its rule's kind holds ("level = district"): a
     * scope the records do not cover at all. Empty when everything it names occurs, or it has no rule.
     */
    List<String> unrecordedScope(Figure f) {
        if (of(f) == null) {
            return List.of();
        }
        Counts c = f.counts().orElseThrow();
        List<ValueRow> r = rows.get(c.type() + "\u0000" + c.of());
        try {
            var catalog = new amity.query.Catalog(c.type(), fields.fields(c.type(), !c.of().isEmpty()));
            var where = amity.query.Expression.parse(c.where(), catalog);
            List<String> out = new java.util.ArrayList<>();
            for (String field : SCOPE_FIELDS) {
                for (String v : where.valuesNamed(field)) {
                    if (r.stream().noneMatch(row -> Expression.text(row.get(field)).equals(v))) {
                        out.add(field + " = " + v);
                    }
                }
            }
            return out;
        } catch (QueryError e) {
            return List.of();
        }
    }

    /** The figure's counts rule at its own as_of; null when it has none or the rule is broken. */
    Derivation of(Figure f) {
        return at(f, f.asOf());
    }

    Derivation at(Figure f, DateInterval date) {
        if (f.counts().isEmpty()) {
            return null;
        }
        Counts c = f.counts().get();
        return cache.computeIfAbsent(f.id() + "@" + date.text(), k -> {
            try {
                // Rows depend only on the type and the side, and the where's verdicts only on the rule,
                // not on the figure or the date: each is made once.
                String side = c.type() + "\u0000" + c.of();
                var r = rows.computeIfAbsent(side, x -> fields.rows(c.type(), c.of()));
                String rule = side + "\u0000" + c.where();
                Truth[] m = matches.get(rule);
                if (m == null) {
                    m = Derivation.matches(fields, r, c);
                    matches.put(rule, m);
                    indexes.put(rule, RuleIndex.of(r, m));
                }
                return Derivation.of(fields, r, m, indexes.get(rule), c, date);
            } catch (QueryError e) {
                return null;
            }
        });
    }
}
