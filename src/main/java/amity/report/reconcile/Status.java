package amity.report.reconcile;

import amity.table.Tone;
import amity.text.Plural;
import java.util.Locale;
import java.util.Optional;

/**
 * What reconcile concluded about a finding, declared in the order a reader should attend to them:
 * what is wrong, what is missing, what hangs on uncertain dates, what the records cannot speak to,
 * what holds, what cannot be tested. Views group findings in this order.
 */
public enum Status {
    /** No placement of the uncertain dates makes the figure true: the records or another source prove it wrong. */
    CONFLICTS,
    /** Matching records exist but are fewer than the figure: the records are probably incomplete. */
    RECORDS_SHORT,
    /** The value is reached only if some records of uncertain date fall a certain way (see needed, deciding). */
    POSSIBLE,
    /**
     * The solver reached its work budget before it could tell whether the figures can hold together:
     * nothing is claimed either way (never a silent absence).
     */
    UNDECIDED,
    /**
     * The rule's scope has no records at all, so the records say nothing either way: the figure is
     * short and its rule counts no record even possibly, or its where names a value of {@code level} or
     * {@code type} that no record of the rule's kind holds.
     */
    NOT_RECORDED,
    /** The records alone give the reported value under its qualifier; no record of uncertain date could change it. */
    CONFIRMED,
    /** No rule and nothing to compare with. */
    UNVERIFIABLE;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A count of findings with this status, as a summary line says it: "1 conflict", "2 possible". */
    public String counted(long n) {
        return this == CONFLICTS ? Plural.count(n, "conflict") : n + " " + slug();
    }

    public static Optional<Status> fromSlug(String s) {
        for (Status st : values()) {
            if (st.slug().equals(s)) {
                return Optional.of(st);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a reader should look at a finding of this status first: the terminal report lists these
     * in full, in declaration order, and sums up the others in one line each.
     */
    public boolean needsAttention() {
        return switch (this) {
            case CONFLICTS, RECORDS_SHORT, POSSIBLE, UNDECIDED -> true;
            case NOT_RECORDED, CONFIRMED, UNVERIFIABLE -> false;
        };
    }

    Tone tone() {
        return switch (this) {
            case CONFIRMED -> Tone.GOOD;
            case CONFLICTS -> Tone.BAD;
            case RECORDS_SHORT, POSSIBLE, UNDECIDED -> Tone.WARN;
            case NOT_RECORDED, UNVERIFIABLE -> Tone.MUTED;
        };
    }
}
