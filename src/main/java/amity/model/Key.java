package amity.model;

import java.util.function.Function;

/**
 * One field of a record type, declared once in its {@link Shape}: the key as written in the data
 * files, the kind of value it holds, how to read it off a record, the closed word list it takes (if
 * any), what it means (for amity-data(5), the JSON Schema and the query catalog), and whether a
 * record must give it. The reader, the writer, the snapshot codec, the schema, the manual's field
 * table and the query catalog all take the field from here.
 *
 * @param <R> the record type
 * @param <V> the Java type of the value
 */
public record Key<R, V>(String name, Shape.Kind kind, Function<R, V> get, Vocabulary words, String meaning,
        boolean required) {

    /** The value this field has in {@code record}. */
    public V of(R record) {
        return get.apply(record);
    }

    /** This field, required. */
    public Key<R, V> asRequired() {
        return new Key<>(name, kind, get, words, meaning, true);
    }

    /** This field, taking only the words of {@code vocabulary}. */
    public Key<R, V> words(Vocabulary vocabulary) {
        return new Key<>(name, kind, get, vocabulary, meaning, required);
    }

    static <R> Key<R, String> text(String name, Function<R, String> get, String meaning) {
        return new Key<>(name, Shape.Kind.TEXT, get, Vocabulary.NONE, meaning, false);
    }

    static <R> Key<R, java.util.List<String>> texts(String name, Function<R, java.util.List<String>> get,
            String meaning) {
        return new Key<>(name, Shape.Kind.TEXTS, get, Vocabulary.NONE, meaning, false);
    }

    static <R> Key<R, DateInterval> date(String name, Function<R, DateInterval> get, String meaning) {
        return new Key<>(name, Shape.Kind.DATE, get, Vocabulary.NONE, meaning, false);
    }

    static <R> Key<R, Ending> ending(String name, Function<R, Ending> get, String meaning) {
        return new Key<>(name, Shape.Kind.ENDING, get, Vocabulary.NONE, meaning, false);
    }

    static <R> Key<R, Boolean> bool(String name, Function<R, Boolean> get, String meaning) {
        return new Key<>(name, Shape.Kind.BOOLEAN, get, Vocabulary.NONE, meaning, false);
    }

    static <R> Key<R, java.math.BigDecimal> number(String name, Function<R, java.math.BigDecimal> get,
            String meaning) {
        return new Key<>(name, Shape.Kind.NUMBER, get, Vocabulary.NONE, meaning, true);
    }

    static <R> Key<R, Qualifier> qualifier(String name, Function<R, Qualifier> get, String meaning) {
        return new Key<>(name, Shape.Kind.QUALIFIER, get, Vocabulary.QUALIFIERS, meaning, true);
    }

    /** A list of nested records or an optional one: ATTESTATIONS, PREDECESSORS, EDITIONS, COUNTS. */
    static <R, V> Key<R, V> nested(String name, Shape.Kind kind, Function<R, V> get, String meaning) {
        return new Key<>(name, kind, get, Vocabulary.NONE, meaning, false);
    }
}
