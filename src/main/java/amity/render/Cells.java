package amity.render;

import amity.table.Column;
import amity.table.FieldType;
import amity.table.Value;

/** A value as text in a cell: the one rule every format shares. */
final class Cells {
    private Cells() {
    }

    /** Lists are joined with {@code listSeparator}; missing values are empty. */
    static String text(Value v, String listSeparator) {
        return v.asText(listSeparator);
    }

    /** Whether a column holds numbers (or ranges of them): right-aligned in tables. */
    static boolean numeric(Column c) {
        return c.type() == FieldType.NUMBER || c.type() == FieldType.RANGE;
    }
}
