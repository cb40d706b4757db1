package amity.model;

import java.math.BigDecimal;

/**
 * A number a source reports. Optional texts are "", optional links are "", and {@code counts} is
 * null when the figure cannot be derived from the records.
 */
public record Figure(String id, String subject, String metric, String scope, BigDecimal value, Qualifier qualifier,
        String unit, DateInterval asOf, String source, String quote, Counts counts, String partOf,
        boolean partsComplete, String rankOf, String alternativeTo, String interpretation, String notes,
        Spots spots) implements Identified {

    /** The value as a reader says it: "more than 130". */
    public String reported() {
        return qualifier.words() + value.toPlainString();
    }
}
