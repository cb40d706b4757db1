package amity.report;

import amity.model.DateInterval;
import java.math.BigDecimal;

/**
 * One conclusion of reconcile. {@code key} names it stably (check and record ids) and {@code digest}
 * fingerprints its inputs, so an acknowledgement in the data applies only while the inputs stay the same.
 * {@code difference} is reported minus derived (positive: the records are short), null when not numeric.
 */
public record Finding(String check, String key, String subject, String metric, DateInterval asOf, String source,
        String reported, BigDecimal derivedLo, BigDecimal derivedHi, BigDecimal difference, Status status,
        String explanation, String digest, String acknowledged) {

    public Finding acknowledge(String reason) {
        return new Finding(check, key, subject, metric, asOf, source, reported, derivedLo, derivedHi, difference,
                status, explanation, digest, reason);
    }

    public boolean isAcknowledged() {
        return !acknowledged.isEmpty();
    }
}
