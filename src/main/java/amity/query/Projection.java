package amity.query;

import amity.text.Nearest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The columns --fields names, in its order, each checked: the one --fields parser every output uses. */
public record Projection(List<Field> fields) {

    /** --fields against a record type's catalog (list, filter, reconcile's findings). */
    public static Projection parse(String csv, Catalog catalog) throws QueryError {
        return parse(csv, catalog::find, catalog::hint);
    }

    /** --fields against the columns of a table a report built (show, fields, aggregate, --explain). */
    public static Projection ofColumns(String csv, List<Field> columns) throws QueryError {
        List<String> names = columns.stream().map(Field::name).toList();
        return parse(csv, n -> columns.stream().filter(f -> f.name().equals(n)).findFirst(),
                n -> Nearest.hint(n, names, "; this output's columns are " + String.join(", ", names) + "."));
    }

    private static Projection parse(String csv, Function<String, Optional<Field>> find,
            Function<String, String> hint) throws QueryError {
        List<Field> out = new ArrayList<>();
        int pos = 0;
        for (String part : csv.split(",", -1)) {
            String name = part.strip();
            int start = pos + part.indexOf(name.isEmpty() ? part : name);
            if (name.isEmpty()) {
                throw new QueryError(csv, pos, 1, "an empty field name; separate names with single commas.");
            }
            Field f = find.apply(name).orElseThrow(() -> new QueryError(csv, start, name.length(),
                    "unknown field '" + name + "'" + hint.apply(name)));
            if (out.contains(f)) {
                throw new QueryError(csv, start, name.length(), "'" + name + "' is already listed.");
            }
            out.add(f);
            pos += part.length() + 1;
        }
        return new Projection(List.copyOf(out));
    }
}
