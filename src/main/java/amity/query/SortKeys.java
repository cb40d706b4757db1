package amity.query;

import amity.table.Value;
import amity.text.TextOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The keys of --sort (f1,f2:desc) and the total, deterministic order they give: ties by id. */
public record SortKeys(List<Key> keys) {
    /** One sort key. */
    public record Key(Field field, boolean descending) {
    }

    public static SortKeys parse(String csv, Catalog catalog) throws QueryError {
        List<Key> keys = new ArrayList<>();
        if (csv.isBlank()) {
            return new SortKeys(keys);
        }
        int pos = 0;
        for (String part : csv.split(",", -1)) {
            String spec = part.strip();
            int start = pos + Math.max(0, part.indexOf(spec));
            boolean desc = false;
            String name = spec;
            int colon = spec.lastIndexOf(':');
            if (colon >= 0) {
                String dir = spec.substring(colon + 1).toLowerCase(Locale.ROOT);
                name = spec.substring(0, colon);
                if (!dir.equals("asc") && !dir.equals("desc")) {
                    throw new QueryError(csv, start + colon + 1, Math.max(1, dir.length()), "'" + dir
                            + "' is not a direction; use :asc or :desc.");
                }
                desc = dir.equals("desc");
            }
            String field = name;
            if (field.isEmpty()) {
                throw new QueryError(csv, start, 1, "an empty field name; separate names with single commas.");
            }
            Field f = catalog.find(field).orElseThrow(() -> new QueryError(csv, start, field.length(),
                    "unknown field '" + field + "'" + catalog.hint(field)));
            keys.add(new Key(f, desc));
            pos += part.length() + 1;
        }
        return new SortKeys(keys);
    }

    /** Compares by each key in turn (missing values always last), then by id. */
    public Comparator<Row> comparator() {
        Comparator<Row> c = (a, b) -> 0;
        Comparator<String> text = TextOrder.cached();
        for (Key k : keys) {
            String name = k.field().name();
            c = c.thenComparing((a, b) -> {
                Value x = a.get(name);
                Value y = b.get(name);
                boolean mx = x instanceof Value.Missing;
                boolean my = y instanceof Value.Missing;
                if (mx || my) {
                    return Boolean.compare(mx, my);
                }
                int r = Values.compare(x, y, text);
                return k.descending() ? -r : r;
            });
        }
        return c.thenComparing(Row::id);
    }
}
