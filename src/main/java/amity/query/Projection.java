package amity.query;

import java.util.ArrayList;
import java.util.List;

/** The columns --fields names, in its order, each checked against the catalog. */
public record Projection(List<Field> fields) {
    public static Projection parse(String csv, Catalog catalog) throws QueryError {
        List<Field> out = new ArrayList<>();
        int pos = 0;
        for (String part : csv.split(",", -1)) {
            String name = part.strip();
            int start = pos + part.indexOf(name.isEmpty() ? part : name);
            if (name.isEmpty()) {
                throw new QueryError(csv, pos, 1, "an empty field name; separate names with single commas.");
            }
            Field f = catalog.find(name).orElseThrow(() -> new QueryError(csv, start, name.length(),
                    "unknown field '" + name + "'" + catalog.hint(name)));
            if (out.contains(f)) {
                throw new QueryError(csv, start, name.length(), "'" + name + "' is already listed.");
            }
            out.add(f);
            pos += part.length() + 1;
        }
        return new Projection(List.copyOf(out));
    }
}
