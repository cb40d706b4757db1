package amity.report;

import amity.text.Plural;
import java.util.Locale;
import java.util.Optional;

/** What reconcile concluded about a finding. */
public enum Status {
    /** The reported value is possible given the records and the other sources. */
    AGREES,
    /** The records or another source prove the figure or a date wrong. */
    CONFLICTS,
    /** Fewer records than the figure reports: the records are probably incomplete. */
    RECORDS_SHORT,
    /** Nothing to compare the figure with. */
    UNVERIFIABLE;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A count of findings with this status, as a summary line says it: "1 conflict", "2 agreeing". */
    public String counted(long n) {
        return switch (this) {
            case AGREES -> n + " agreeing";
            case CONFLICTS -> Plural.count(n, "conflict");
            case RECORDS_SHORT, UNVERIFIABLE -> n + " " + slug();
        };
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
            case CONFLICTS, RECORDS_SHORT -> true;
            case AGREES, UNVERIFIABLE -> false;
        };
    }

    Tone tone() {
        return switch (this) {
            case AGREES -> Tone.GOOD;
            case CONFLICTS -> Tone.BAD;
            case RECORDS_SHORT -> Tone.WARN;
            case UNVERIFIABLE -> Tone.MUTED;
        };
    }
}
