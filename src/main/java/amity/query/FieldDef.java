package amity.query;

import amity.table.FieldType;
import amity.table.Value;
import java.util.function.Function;

/** A field of a record type and how to read its value off a record of type {@code R}. */
record FieldDef<R>(Field field, Function<R, Value> read) {
    static <R> FieldDef<R> of(String name, FieldType type, String meaning, Function<R, Value> read) {
        return new FieldDef<>(new Field(name, type, meaning), read);
    }
}
