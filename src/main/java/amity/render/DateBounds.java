package amity.render;

import amity.table.Value;
import java.util.Arrays;
import java.util.List;

/**
 * How a date column is flattened for a program, the one rule csv, tsv, json and jsonl share: the
 * date as written, then NAME_earliest and NAME_latest, its first and last possible day (none when
 * that end is open or the value missing).
 */
final class DateBounds {
    private DateBounds() {
    }

    /** The names of the two columns that follow date column {@code name}. */
    static List<String> names(String name) {
        return List.of(name + "_earliest", name + "_latest");
    }

    /** The first and last possible day of {@code v} (ISO dates), null for an open end or a value not a date. */
    static List<String> of(Value v) {
        if (!(v instanceof Value.Date d)) {
            return Arrays.asList(null, null);
        }
        return Arrays.asList(d.date().openStart() ? null : d.date().earliest().toString(),
                d.date().openEnd() ? null : d.date().latest().toString());
    }
}
