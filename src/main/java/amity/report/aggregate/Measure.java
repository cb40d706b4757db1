package amity.report.aggregate;

import amity.query.Field;
import amity.table.FieldType;

/** What aggregate computes per group: a count, distinct values, or a sum/min/max/mean of a number field. */
public record Measure(Kind kind, Field field) {
    public enum Kind {
        COUNT, DISTINCT, SUM, MIN, MAX, MEAN
    }

    public static final Measure COUNT = new Measure(Kind.COUNT, null);

    /** The column name: count, distinct_country, sum_value, ... */
    public String column() {
        return kind == Kind.COUNT ? "count"
                : kind.name().toLowerCase(java.util.Locale.ROOT) + "_" + field.name().replace('.', '_');
    }

    FieldType type() {
        return switch (kind) {
            case COUNT, DISTINCT, SUM -> FieldType.RANGE;
            case MIN, MAX, MEAN -> FieldType.NUMBER;
        };
    }
}
