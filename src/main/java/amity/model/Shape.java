package amity.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of each kind of record, declared once: their keys as written in the data files (in
 * the order of the record's components), what kind of value each holds, and how to read it off
 * the record and make the record from the values. The reader accepts exactly these keys and the
 * snapshot stores exactly these values; tests hold the record components, the query catalog and
 * the manual page (amity-data(5)) to them.
 */
public enum Shape {
    ATTESTATION("an attestation", v -> new Attestation(s(v[0]), (DateInterval) v[1], s(v[2]), s(v[3]), s(v[4]),
            Spots.NONE),
            key("source", Kind.TEXT, Attestation::source), key("date", Kind.DATE, Attestation::date),
            key("type", Kind.TEXT, Attestation::type), key("quote", Kind.TEXT, Attestation::quote),
            key("notes", Kind.TEXT, Attestation::notes)),
    EDITION("an edition", v -> new Edition((DateInterval) v[0], s(v[1]), s(v[2]), s(v[3]), s(v[4])),
            key("date", Kind.DATE, Edition::date), key("place", Kind.TEXT, Edition::place),
            key("title", Kind.TEXT, Edition::title), key("source", Kind.TEXT, Edition::source),
            key("quote", Kind.TEXT, Edition::quote)),
    COUNTS("a counts rule", v -> new Counts(s(v[0]), s(v[1]), s(v[2]), s(v[3])),
            key("type", Kind.TEXT, Counts::type), key("of", Kind.TEXT, Counts::of),
            key("where", Kind.TEXT, Counts::where), key("distinct", Kind.TEXT, Counts::distinct)),
    SOURCE("a source", v -> new Source(s(v[0]), s(v[1]), s(v[2]), (DateInterval) v[3], s(v[4]), s(v[5]), s(v[6]),
            Spots.NONE),
            key("id", Kind.TEXT, Source::id), key("title", Kind.TEXT, Source::title),
            key("publisher", Kind.TEXT, Source::publisher), key("published", Kind.DATE, Source::published),
            key("url", Kind.TEXT, Source::url), key("copy_of", Kind.TEXT, Source::copyOf),
            key("notes", Kind.TEXT, Source::notes)),
    PLACE("a place", v -> new Place(s(v[0]), s(v[1]), texts(v[2]), s(v[3]), s(v[4]), s(v[5]), (Boolean) v[6],
            s(v[7]), Spots.NONE),
            key("id", Kind.TEXT, Place::id), key("name", Kind.TEXT, Place::name),
            key("names", Kind.TEXTS, Place::names), key("country", Kind.TEXT, Place::country),
            key("level", Kind.TEXT, Place::level), key("part_of", Kind.TEXT, Place::partOf),
            key("capital", Kind.BOOLEAN, Place::capital), key("notes", Kind.TEXT, Place::notes)),
    AGREEMENT("an agreement", v -> new Agreement(s(v[0]), texts(v[1]), s(v[2]), s(v[3]), (DateInterval) v[4],
            (Ending) v[5], list(v[6]), s(v[7]), Spots.NONE),
            key("id", Kind.TEXT, Agreement::id), key("parties", Kind.TEXTS, Agreement::parties),
            key("type", Kind.TEXT, Agreement::type), key("level", Kind.TEXT, Agreement::level),
            key("signed", Kind.DATE, Agreement::signed), key("ended", Kind.ENDING, Agreement::ended),
            key("attested", Kind.ATTESTATIONS, Agreement::attested), key("notes", Kind.TEXT, Agreement::notes)),
    PROGRAM("a program", v -> new Program(s(v[0]), s(v[1]), texts(v[2]), s(v[3]), texts(v[4]), (DateInterval) v[5],
            (Ending) v[6], s(v[7]), list(v[8]), list(v[9]), s(v[10]), Spots.NONE),
            key("id", Kind.TEXT, Program::id), key("name", Kind.TEXT, Program::name),
            key("aliases", Kind.TEXTS, Program::aliases), key("kind", Kind.TEXT, Program::kind),
            key("participants", Kind.TEXTS, Program::participants), key("started", Kind.DATE, Program::started),
            key("ended", Kind.ENDING, Program::ended), key("recurrence", Kind.TEXT, Program::recurrence),
            key("editions", Kind.EDITIONS, Program::editions), key("attested", Kind.ATTESTATIONS, Program::attested),
            key("notes", Kind.TEXT, Program::notes)),
    FIGURE("a figure", v -> new Figure(s(v[0]), s(v[1]), s(v[2]), s(v[3]), (BigDecimal) v[4], (Qualifier) v[5],
            s(v[6]), (DateInterval) v[7], s(v[8]), s(v[9]), counts(v[10]), s(v[11]), (Boolean) v[12], s(v[13]),
            s(v[14]), s(v[15]), s(v[16]), Spots.NONE),
            key("id", Kind.TEXT, Figure::id), key("subject", Kind.TEXT, Figure::subject),
            key("metric", Kind.TEXT, Figure::metric), key("scope", Kind.TEXT, Figure::scope),
            key("value", Kind.NUMBER, Figure::value), key("qualifier", Kind.QUALIFIER, Figure::qualifier),
            key("unit", Kind.TEXT, Figure::unit), key("as_of", Kind.DATE, Figure::asOf),
            key("source", Kind.TEXT, Figure::source), key("quote", Kind.TEXT, Figure::quote),
            key("counts", Kind.COUNTS, Figure::counts), key("part_of", Kind.TEXT, Figure::partOf),
            key("parts_complete", Kind.BOOLEAN, Figure::partsComplete), key("rank_of", Kind.TEXT, Figure::rankOf),
            key("alternative_to", Kind.TEXT, Figure::alternativeTo),
            key("interpretation", Kind.TEXT, Figure::interpretation), key("notes", Kind.TEXT, Figure::notes)),
    ACKNOWLEDGEMENT("an acknowledgement", v -> new Acknowledgement(s(v[0]), s(v[1]), s(v[2]), s(v[3]), s(v[4]),
            (DateInterval) v[5], Spots.NONE),
            key("id", Kind.TEXT, Acknowledgement::id), key("finding", Kind.TEXT, Acknowledgement::finding),
            key("digest", Kind.TEXT, Acknowledgement::digest), key("reason", Kind.TEXT, Acknowledgement::reason),
            key("by", Kind.TEXT, Acknowledgement::by), key("date", Kind.DATE, Acknowledgement::date)),
    COUNTRY("a country", v -> new Country(s(v[0]), s(v[1]), s(v[2]), s(v[3]), s(v[4]), s(v[5])),
            key("code", Kind.TEXT, Country::code), key("name", Kind.TEXT, Country::name),
            key("native_name", Kind.TEXT, Country::nativeName), key("continent", Kind.TEXT, Country::continent),
            key("region", Kind.TEXT, Country::region), key("subregion", Kind.TEXT, Country::subregion));

    /** What a field holds; nested records name the shape of their items. */
    public enum Kind {
        /** A text, "" when not given. */
        TEXT,
        /** A list of texts. */
        TEXTS,
        /** A date, {@link DateInterval#UNKNOWN} when not given. */
        DATE,
        /** An {@link Ending}. */
        ENDING,
        BOOLEAN,
        /** A {@link BigDecimal}. */
        NUMBER,
        QUALIFIER,
        /** A list of {@link Attestation}s. */
        ATTESTATIONS,
        /** A list of {@link Edition}s. */
        EDITIONS,
        /** An optional {@link Counts}. */
        COUNTS
    }

    /** One field: its key in the data files, its kind, and how to read it off a record. */
    public record Key(String name, Kind kind, Function<Object, Object> get) {
    }

    private final String what;
    private final List<Key> keys;
    private final List<String> names;
    private final Function<Object[], Object> make;

    Shape(String what, Function<Object[], Object> make, Key... keys) {
        this.what = what;
        this.make = make;
        this.keys = List.of(keys);
        this.names = this.keys.stream().map(Key::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static <R> Key key(String name, Kind kind, Function<R, ?> get) {
        return new Key(name, kind, (Function<Object, Object>) get);
    }

    private static String s(Object o) {
        return (String) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Object o) {
        return (List<String>) o;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object o) {
        return (List<T>) o;
    }

    @SuppressWarnings("unchecked")
    private static Optional<Counts> counts(Object o) {
        return (Optional<Counts>) o;
    }

    /** How messages name one such mapping: "an agreement". */
    public String what() {
        return what;
    }

    /** Its fields, in declaration order. */
    public List<Key> keys() {
        return keys;
    }

    /** The keys it takes, snake_case as written in YAML. */
    public List<String> names() {
        return names;
    }

    /** The record made of {@code values}, one per key in order, with no positions (as a snapshot holds it). */
    public Object make(Object[] values) {
        return make.apply(values);
    }
}
