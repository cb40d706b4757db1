package amity.render;

import amity.query.Value;

/** A value as text in a cell: the one rule every format shares. */
final class Cells {
    private Cells() {
    }

    /** Lists are joined with {@code listSeparator}; missing values are empty. */
    static String text(Value v, String listSeparator) {
        return v.asText(listSeparator);
    }
}
