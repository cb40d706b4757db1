package amity.report.reconcile;

import amity.model.DateInterval;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One conclusion of reconcile. {@code key} names it stably (check and record ids) and {@code digest}
 * fingerprints its inputs, so an acknowledgement in the data applies only while the inputs stay the same.
 * {@code difference} is reported minus derived (positive: the records are short), null when not numeric;
 * {@code reportedValue} is the figure's number (null for a step or a date), {@code qualifier} its qualifier
 * word ("" when none). {@code need} says what a possible verdict hangs on, {@code figures} names every figure
 * a joint finding involves, and {@code implied} the records marked {@code certainty: implied} or
 * {@code uncertain} the verdict depends on (it differs without them). {@code undecided} says the solver
 * reached its work budget on the way (the status {@code undecided}, or a joint set that may not be the
 * smallest); the explanation then says what it left open.
 */
public record Finding(String check, String key, String subject, String metric, DateInterval asOf, String source,
        String reported, BigDecimal reportedValue, String qualifier, BigDecimal derivedLo, BigDecimal derivedHi,
        BigDecimal difference, Status status, String explanation, String digest, String acknowledged, Need need,
        List<String> figures, List<String> implied, boolean undecided) {

    public Finding {
        figures = List.copyOf(figures);
        implied = List.copyOf(implied);
    }

    /** A finding the solver settled (or that needs no solver). */
    public Finding(String check, String key, String subject, String metric, DateInterval asOf, String source,
            String reported, BigDecimal reportedValue, String qualifier, BigDecimal derivedLo, BigDecimal derivedHi,
            BigDecimal difference, Status status, String explanation, String digest, String acknowledged, Need need,
            List<String> figures, List<String> implied) {
        this(check, key, subject, metric, asOf, source, reported, reportedValue, qualifier, derivedLo, derivedHi,
                difference, status, explanation, digest, acknowledged, need, figures, implied, false);
    }

    /** A finding about no one figure's number (a dates finding): nothing needed, no figures, nothing implied. */
    public Finding(String check, String key, String subject, String metric, DateInterval asOf, String source,
            String reported, BigDecimal derivedLo, BigDecimal derivedHi, BigDecimal difference, Status status,
            String explanation, String digest, String acknowledged) {
        this(check, key, subject, metric, asOf, source, reported, null, "", derivedLo, derivedHi, difference, status,
                explanation, digest, acknowledged, Need.NONE, List.of(), List.of());
    }

    public Finding acknowledge(String reason) {
        return new Finding(check, key, subject, metric, asOf, source, reported, reportedValue, qualifier, derivedLo,
                derivedHi, difference, status, explanation, digest, reason, need, figures, implied, undecided);
    }

    /** This finding, saying which records marked implied or uncertain its verdict depends on. */
    Finding dependingOn(List<String> records) {
        String why = explanation + " Depends on record" + (records.size() == 1 ? "" : "s") + " marked implied or "
                + "uncertain: " + String.join(", ", records) + ".";
        return new Finding(check, key, subject, metric, asOf, source, reported, reportedValue, qualifier, derivedLo,
                derivedHi, difference, status, why, digest, acknowledged, need, figures, records, undecided);
    }

    public boolean isAcknowledged() {
        return !acknowledged.isEmpty();
    }

    /** The ids of the sources, as the source text lists them. */
    public List<String> sources() {
        return source.isEmpty() ? List.of() : Arrays.asList(source.split(", "));
    }
}
