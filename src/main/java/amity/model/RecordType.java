package amity.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of record that have an id, named as on the command line and as their top-level list in
 * the data files. Commands, completion, help, the query catalog and the snapshot all take their
 * record types from here.
 */
public enum RecordType {
    AGREEMENTS("agreements", Shape.AGREEMENT, true),
    PROGRAMS("programs", Shape.PROGRAM, true),
    FIGURES("figures", Shape.FIGURE, true),
    SOURCES("sources", Shape.SOURCE, true),
    PLACES("places", Shape.PLACE, true),
    ACKNOWLEDGEMENTS("acknowledgements", Shape.ACKNOWLEDGEMENT, false);

    /** The queryable types in words, for help texts (annotations need a constant); a test holds it to the enum. */
    public static final String QUERYABLE_IN_WORDS = "agreements, programs, figures, sources or places";
    /** One record of any type in words, for help texts; a test holds it to the enum. */
    public static final String ANY_IN_WORDS = "an agreement, program, figure, source, place or acknowledgement";

    private static final List<RecordType> QUERYABLE = Arrays.stream(values()).filter(t -> t.queryable).toList();

    private final String plural;
    private final Shape shape;
    private final boolean queryable;

    RecordType(String plural, Shape shape, boolean queryable) {
        this.plural = plural;
        this.shape = shape;
        this.queryable = queryable;
    }

    /** The name on the command line and of the list in the data files: "agreements". */
    public String plural() {
        return plural;
    }

    /** The keys a record of this type takes. */
    public Shape shape() {
        return shape;
    }

    /** The types list, filter, aggregate, fields and counts rules take (acknowledgements only show). */
    public static List<RecordType> queryable() {
        return QUERYABLE;
    }

    /** Their names, in the order help and messages list them. */
    public static List<String> queryableNames() {
        return QUERYABLE.stream().map(RecordType::plural).toList();
    }

    /** The queryable type of that name. */
    public static Optional<RecordType> queryable(String plural) {
        return QUERYABLE.stream().filter(t -> t.plural.equals(plural)).findFirst();
    }

    /** The type of that name, queryable or not. */
    public static Optional<RecordType> named(String plural) {
        return Arrays.stream(values()).filter(t -> t.plural.equals(plural)).findFirst();
    }

    @Override
    public String toString() {
        return plural;
    }
}
