package amity.query;

/** A field an expression, --fields, --sort or --by may name, with a one-line meaning for `amity fields`. */
public record Field(String name, FieldType type, String meaning) {
}
