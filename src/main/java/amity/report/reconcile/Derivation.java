package amity.report.reconcile;

import amity.model.Counts;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Truth;
import amity.query.Catalog;
import amity.query.Expression;
import amity.query.QueryError;
import amity.query.RecordFields;
import amity.query.ValueRow;
import amity.report.AsOf;
import amity.text.Nearest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A figure's counts rule evaluated on the records as they stood at a date: the records that
 * certainly count, those that possibly count, and the derived range lo..hi.
 */
public final class Derivation {
    private final int lo;
    private final int hi;
    private final String distinct;
    private final List<ValueRow> rows;
    private final Truth[] matched;
    private final Counts counts;
    private final DateInterval date;
    private List<Verdict> verdicts;

    private Derivation(int lo, int hi, List<ValueRow> rows, Truth[] matched, Counts counts, DateInterval date) {
        this.lo = lo;
        this.hi = hi;
        this.distinct = counts.distinct();
        this.rows = rows;
        this.matched = matched;
        this.counts = counts;
        this.date = date;
    }

    /** How many records (or distinct values) certainly count. */
    public int lo() {
        return lo;
    }

    /** How many possibly count. */
    public int hi() {
        return hi;
    }

    /** The field whose distinct values are counted, or "" when records are. */
    public String distinct() {
        return distinct;
    }

    /** Each record's standing, in data order: made on first use (--explain, breakdowns), not for every count. */
    public List<Verdict> verdicts() {
        if (verdicts == null) {
            List<Verdict> out = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                out.add(verdict(i));
            }
            verdicts = List.copyOf(out);
        }
        return verdicts;
    }

    /** Record {@code i}'s verdict alone, for a check that needs only the few uncertain ones. */
    Verdict verdict(int i) {
        ValueRow row = rows.get(i);
        Truth alive = AsOf.holds(row.record(), date);
        return new Verdict(row, matched[i].and(alive), matched[i], alive, counts.where(), date, key(row));
    }

    /** Record {@code i}'s value as counted: its distinct value, or its id when records are counted. */
    String key(int i) {
        return key(rows.get(i));
    }

    /**
     * The records that may fall either way: those that possibly count (for distinct values, those whose
     * value no certainly counted record already gives), by id.
     */
    public List<String> uncertain() {
        // The few possible records first; then only the certain ones sharing a value of theirs matter.
        Truth[] truths = new Truth[rows.size()];
        Set<String> possible = new java.util.HashSet<>();
        for (int i = 0; i < truths.length; i++) {
            truths[i] = truth(i);
            if (truths[i] == Truth.MAYBE) {
                possible.add(key(rows.get(i)));
            }
        }
        possible.remove("");
        if (possible.isEmpty()) {
            return List.of();
        }
        Set<String> certain = new java.util.HashSet<>();
        for (int i = 0; i < truths.length; i++) {
            if (truths[i] == Truth.YES && possible.contains(key(rows.get(i)))) {
                certain.add(key(rows.get(i)));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < truths.length; i++) {
            if (truths[i] == Truth.MAYBE) {
                String value = key(rows.get(i));
                if (possible.contains(value) && !certain.contains(value)) {
                    out.add(rows.get(i).id());
                }
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * What a possible count's uncertain records must have done by the date, as the explanation words it:
     * "signed by D" when each is uncertain by its signing date alone, "in force on D" when each was
     * certainly signed and only its ending is uncertain, else "counted as of D".
     */
    String uncertainVerb() {
        boolean signing = false;
        boolean ending = false;
        for (int i = 0; i < rows.size(); i++) {
            if (truth(i) != Truth.MAYBE) {
                continue;
            }
            if (matched[i] != Truth.YES) {
                return "counted as of ";
            }
            Object r = rows.get(i).record();
            Truth started = r instanceof amity.model.Agreement a ? a.effectiveSigned().onOrBefore(date)
                    : r instanceof amity.model.Program p ? p.started().onOrBefore(date) : Truth.MAYBE;
            signing |= started == Truth.MAYBE;
            ending |= started == Truth.YES || AsOf.ends(r) && started == Truth.MAYBE
                    && AsOf.holds(r, date) == Truth.MAYBE && endedMaybe(r);
        }
        return signing && ending ? "counted as of " : ending ? "in force on " : "signed by ";
    }

    /** Whether a record that ended may have ended by the date. */
    private boolean endedMaybe(Object r) {
        amity.model.Ending e = r instanceof amity.model.Agreement a ? a.ended() : ((amity.model.Program) r).ended();
        return e.date().map(d -> d.onOrBefore(date) == Truth.MAYBE).orElse(false);
    }

    /** How many records the rule was evaluated on: {@link #truth} and {@link #row} take 0 to this less one. */
    int size() {
        return rows.size();
    }

    /** The record at {@code i}, in data order. */
    ValueRow row(int i) {
        return rows.get(i);
    }

    /**
     * Record {@code i}'s standing, as its verdict's truth, without making the verdict: the checks that
     * only count ask this for every record of every figure.
     */
    Truth truth(int i) {
        return matched[i] == Truth.NO ? Truth.NO : matched[i].and(AsOf.holds(rows.get(i).record(), date));
    }

    private String key(ValueRow row) {
        return distinct.isEmpty() ? row.id() : Expression.text(row.get(distinct));
    }

    /**
     * One record's standing under the rule: YES counts, MAYBE possibly counts, NO is excluded. Why is
     * worked out only when asked (only --explain asks), since reconcile makes millions of verdicts.
     */
    public record Verdict(ValueRow row, Truth truth, Truth matches, Truth alive, String where, DateInterval date,
            String value) {
        public String why() {
            String why = "";
            if (matches != Truth.YES) {
                why = (matches == Truth.NO ? "does not match" : "possibly matches") + " where: " + where;
            }
            if (alive != Truth.YES) {
                String when = AsOf.why(row.record(), date);
                why = why.isEmpty() ? when : why + "; " + when;
            }
            return why;
        }
    }

    /** Evaluates {@code counts} at {@code date}; a rule that does not parse is reported by `amity check`. */
    public static Derivation of(Dataset data, Counts counts, DateInterval date) throws QueryError {
        RecordFields fields = new RecordFields(data);
        return of(fields, fields.rows(counts.type(), counts.of()), null, null, counts, date);
    }

    /**
     * As above, over rows already made (reconcile makes each subject's rows once), with the rule's
     * where already tested on each row ({@code matched}, parallel to rows; null to test here) and,
     * when records rather than distinct values are counted, the rule's {@link RuleIndex} (or null).
     */
    static Derivation of(RecordFields fields, List<ValueRow> rows, Truth[] matched, RuleIndex index, Counts counts,
            DateInterval date) throws QueryError {
        if (index != null && matched != null && counts.distinct().isEmpty()) {
            // The rule was parsed and tested when the index was made: only the date is new.
            int[] n = index.count(rows, matched, date);
            return new Derivation(n[0], n[1], rows, matched, counts, date);
        }
        Truth[] m = matched != null ? matched : matches(fields, rows, counts);
        if (!counts.distinct().isEmpty()) {
            Catalog catalog = new Catalog(counts.type(), fields.fields(counts.type(), !counts.of().isEmpty()));
            if (catalog.find(counts.distinct()).isEmpty()) {
                throw new QueryError(counts.distinct(), 0, counts.distinct().length(), "unknown field '"
                        + counts.distinct() + "' to count distinct values of"
                        + Nearest.hint(counts.distinct(), catalog.names()));
            }
        }
        Derivation d = new Derivation(0, 0, rows, m, counts, date);
        // Records are counted by id (ids are unique in checked data); distinct values through sets.
        int certain = 0;
        int possible = 0;
        Set<String> certainKeys = new LinkedHashSet<>();
        Set<String> possibleKeys = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (m[i] == Truth.NO) {
                continue;
            }
            ValueRow row = rows.get(i);
            Truth t = m[i].and(AsOf.holds(row.record(), date));
            if (t == Truth.NO) {
                continue;
            }
            if (counts.distinct().isEmpty()) {
                certain += t == Truth.YES ? 1 : 0;
                possible++;
                continue;
            }
            String key = d.key(row);
            if (key.isEmpty()) {
                continue;
            }
            if (t == Truth.YES) {
                certainKeys.add(key);
            }
            possibleKeys.add(key);
        }
        return counts.distinct().isEmpty() ? new Derivation(certain, possible, rows, m, counts, date)
                : new Derivation(certainKeys.size(), possibleKeys.size(), rows, m, counts, date);
    }

    /** The rule's where tested on each row, in row order. */
    static Truth[] matches(RecordFields fields, List<ValueRow> rows, Counts counts) throws QueryError {
        Catalog catalog = new Catalog(counts.type(), fields.fields(counts.type(), !counts.of().isEmpty()));
        Expression where = Expression.parse(counts.where(), catalog);
        Truth[] out = new Truth[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = where.test(rows.get(i));
        }
        return out;
    }

    public String range() {
        return lo == hi ? String.valueOf(lo) : lo + ".." + hi;
    }
}
