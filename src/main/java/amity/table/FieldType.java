package amity.table;

/** The type of a field, which decides how the language compares it and how output formats write it. */
public enum FieldType {
    TEXT, NUMBER, DATE, BOOLEAN, LIST, RANGE
}
