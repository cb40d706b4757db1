package amity.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number a source reports. Optional texts are "", optional links are "", and {@code counts} is
 * empty when the figure cannot be derived from the records.
 */
public record Figure(String id, String subject, String metric, String scope, BigDecimal value, Qualifier qualifier,
        String unit, DateInterval asOf, String source, String quote, Optional<Counts> counts, String partOf,
        boolean partsComplete, String rankOf, String alternativeTo, String interpretation, String notes,
        Spots spots) implements Identified {

    @Override
    public RecordType recordType() {
        return RecordType.FIGURES;
    }

    /** The value as a reader says it: "more than 130". */
    public String reported() {
        return qualifier.words() + value.toPlainString();
    }
}
