package amity.model;

import java.util.Map;

/**
 * The origin of a record and of each of its values, by path ("parties", "attested.1.date"),
 * so that a message can point at the exact value it is about.
 */
public record Spots(Origin record, Map<String, Origin> values) {
    public static final Spots NONE = new Spots(Origin.NOWHERE, Map.of());

    /** The origin of the value at {@code path}, else of the nearest enclosing value, else of the record. */
    public Origin at(String path) {
        String p = path;
        while (true) {
            Origin o = values.get(p);
            if (o != null) {
                return o;
            }
            int dot = p.lastIndexOf('.');
            if (dot < 0) {
                return record;
            }
            p = p.substring(0, dot);
        }
    }
}
