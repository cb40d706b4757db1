package amity.query;

import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import java.util.List;

/** A field an expression, --fields, --sort or --by may name, with a one-line meaning for `amity fields`. */
public record Field(String name, FieldType type, String meaning) {

    /** A table's columns as fields, so --fields and --sort can name them. */
    public static List<Field> of(Table table) {
        return table.columns().stream().map((Column c) -> new Field(c.name(), c.type(), "")).toList();
    }
}
