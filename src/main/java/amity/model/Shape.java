package amity.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of each kind of record, declared once as typed {@link Key}s: one line per field, in the
 * order of the record's components. The reader binds through them, the writer and the snapshot codec
 * (generated from them at build time) write through them, and the query catalog, the closed word
 * lists, the field table of amity-data(5) and docs/amity-data.schema.json come from them.
 */
public enum Shape {
    ATTESTATION("an attestation", Attestation.class,
            Key.text("source", Attestation::source, "the id of the source that states it").asRequired(),
            Key.date("date", Attestation::date, "the date as that source gives it"),
            Key.text("type", Attestation::type, "how this source calls the tie, when it differs")
                    .words(Vocabulary.AGREEMENT_TYPES),
            Key.text("quote", Attestation::quote, "the source's words, verbatim").asRequired(),
            Key.texts("cites", Attestation::cites, "source ids of the pages the statement rests on"),
            Key.text("reports", Attestation::reports, "the source whose date the statement passes on (hearsay)"),
            Key.text("notes", Attestation::notes, "the data keeper's notes")),
    PREDECESSOR("a predecessor", Predecessor.class,
            Key.text("type", Predecessor::type, "the earlier agreement's type").words(Vocabulary.AGREEMENT_TYPES)
                    .asRequired(),
            Key.date("date", Predecessor::date, "when it was made; not after the agreement's signing").asRequired(),
            Key.text("source", Predecessor::source, "the id of the source that states it").asRequired(),
            Key.text("quote", Predecessor::quote, "the source's words, verbatim").asRequired(),
            Key.texts("cites", Predecessor::cites, "source ids of the pages the statement rests on"),
            Key.text("notes", Predecessor::notes, "the data keeper's notes")),
    EDITION("an edition", Edition.class,
            Key.date("date", Edition::date, "when it was held").asRequired(),
            Key.text("place", Edition::place, "where it was held: a place id"),
            Key.text("title", Edition::title, "its title"),
            Key.text("source", Edition::source, "the id of the source that reports it"),
            Key.text("quote", Edition::quote, "the source's words, verbatim")),
    COUNTS("a counts rule", Counts.class,
            Key.text("type", Counts::type, "the record type counted").words(Vocabulary.COUNTED_TYPES).asRequired(),
            Key.text("of", Counts::of, "from whose side: a place id"),
            Key.text("where", Counts::where, "which records: a query expression; all when not given"),
            Key.text("distinct", Counts::distinct, "a field whose distinct values are counted; records when not "
                    + "given")),
    SOURCE("a source", Source.class,
            Key.text("id", Source::id, "the source's id").asRequired(),
            Key.text("title", Source::title, "its title").asRequired(),
            Key.text("publisher", Source::publisher, "who published it").asRequired(),
            Key.date("published", Source::published, "when it was published").asRequired(),
            Key.text("url", Source::url, "where it is found"),
            Key.text("copy_of", Source::copyOf, "the official page it copies"),
            Key.text("kind", Source::kind, "document, or compiled (a secondary list whose rows are its statements)")
                    .words(Vocabulary.SOURCE_KINDS),
            Key.text("notes", Source::notes, "the data keeper's notes")),
    PLACE("a place", Place.class,
            Key.text("id", Place::id, "the place's id").asRequired(),
            Key.text("name", Place::name, "its name in English").asRequired(),
            Key.texts("names", Place::names, "other names: exonyms, native script"),
            Key.text("country", Place::country, "its ISO 3166-1 alpha-2 country code").asRequired(),
            Key.text("subdivision", Place::subdivision, "its state, province or county: keeps same-named places apart"),
            Key.text("level", Place::level, "city, municipality, district, province, state, region, ...")
                    .words(Vocabulary.PLACE_LEVELS).asRequired(),
            Key.text("part_of", Place::partOf, "the place it is part of"),
            Key.bool("capital", Place::capital, "whether it is a national capital"),
            Key.text("continent", Place::continent, "its own continent, when it differs from its country's"),
            Key.text("region", Place::region, "its own UN M49 region, when it differs from its country's"),
            Key.text("notes", Place::notes, "the data keeper's notes")),
    AGREEMENT("an agreement", Agreement.class,
            Key.text("id", Agreement::id, "the agreement's id").asRequired(),
            Key.texts("parties", Agreement::parties, "the two places' ids").asRequired(),
            Key.text("type", Agreement::type, "sister-city, friendship-city, cooperation, ...")
                    .words(Vocabulary.AGREEMENT_TYPES).asRequired(),
            Key.text("level", Agreement::level, "municipal, district or provincial")
                    .words(Vocabulary.AGREEMENT_LEVELS).asRequired(),
            Key.date("signed", Agreement::signed, "when it was signed: the keeper's decision; else what the "
                    + "attestations allow"),
            Key.ending("ended", Agreement::ended, "when it ended; empty while it lasts"),
            Key.nested("attested", Kind.ATTESTATIONS, Agreement::attested, "one entry per source that states it"),
            Key.nested("predecessors", Kind.PREDECESSORS, Agreement::predecessors, "earlier agreements of "
                    + "another kind between the parties"),
            Key.text("notes", Agreement::notes, "the data keeper's notes"),
            Key.text("certainty", Agreement::certainty, "implied (read from context) or uncertain (a doubtful "
                    + "list entry); empty when the sources state the tie").words(Vocabulary.CERTAINTIES)),
    PROGRAM("a program", Program.class,
            Key.text("id", Program::id, "the program's id").asRequired(),
            Key.text("name", Program::name, "its name").asRequired(),
            Key.texts("aliases", Program::aliases, "other names it goes by"),
            Key.text("kind", Program::kind, "committee, training, festival, forum, conference, ...")
                    .words(Vocabulary.PROGRAM_KINDS).asRequired(),
            Key.texts("participants", Program::participants, "the places taking part"),
            Key.date("started", Program::started, "when it started"),
            Key.ending("ended", Program::ended, "when it ended"),
            Key.text("recurrence", Program::recurrence, "once, annual, biennial, irregular or ongoing")
                    .words(Vocabulary.RECURRENCES),
            Key.nested("editions", Kind.EDITIONS, Program::editions, "its dated occurrences"),
            Key.nested("attested", Kind.ATTESTATIONS, Program::attested, "one entry per source that states it"),
            Key.text("notes", Program::notes, "the data keeper's notes")),
    FIGURE("a figure", Figure.class,
            Key.text("id", Figure::id, "the figure's id").asRequired(),
            Key.text("subject", Figure::subject, "what it counts for: a place id or a label").asRequired(),
            Key.text("metric", Figure::metric, "what it counts (sister-cities, delegations, ...)").asRequired(),
            Key.text("scope", Figure::scope, "what the number covers"),
            Key.number("value", Figure::value, "the number as reported"),
            Key.qualifier("qualifier", Figure::qualifier, "exact, about, more-than, at-least, less-than, at-most"),
            Key.text("unit", Figure::unit, "what one of it is"),
            Key.date("as_of", Figure::asOf, "the date the number describes").asRequired(),
            Key.text("source", Figure::source, "the id of the source reporting it").asRequired(),
            Key.text("quote", Figure::quote, "the source's words, verbatim").asRequired(),
            Key.nested("counts", Kind.COUNTS, Figure::counts, "how it is derived from the records"),
            Key.text("part_of", Figure::partOf, "the figure it is a part of"),
            Key.bool("parts_complete", Figure::partsComplete, "whether its parts add up to it"),
            Key.text("rank_of", Figure::rankOf, "the agreement an ordinal is about"),
            Key.text("alternative_to", Figure::alternativeTo, "the other reading of the same words"),
            Key.text("interpretation", Figure::interpretation, "how an ambiguous sentence was read"),
            Key.text("notes", Figure::notes, "the data keeper's notes")),
    ACKNOWLEDGEMENT("an acknowledgement", Acknowledgement.class,
            Key.text("id", Acknowledgement::id, "the acknowledgement's id").asRequired(),
            Key.text("finding", Acknowledgement::finding, "the key of the finding it accepts").asRequired(),
            Key.text("digest", Acknowledgement::digest, "the digest of that finding's inputs").asRequired(),
            Key.text("reason", Acknowledgement::reason, "why the finding is accepted").asRequired(),
            Key.text("by", Acknowledgement::by, "who accepted it"),
            Key.date("date", Acknowledgement::date, "when it was accepted")),
    COUNTRY("a country", Country.class,
            Key.text("code", Country::code, "the ISO 3166-1 alpha-2 code").asRequired(),
            Key.text("name", Country::name, "its name in English").asRequired(),
            Key.text("native_name", Country::nativeName, "its name in its own language"),
            Key.text("continent", Country::continent, "its continent"),
            Key.text("region", Country::region, "its UN M49 region"),
            Key.text("subregion", Country::subregion, "its UN M49 sub-region"));

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
        /** A {@link java.math.BigDecimal}. */
        NUMBER,
        QUALIFIER,
        /** A list of {@link Attestation}s. */
        ATTESTATIONS,
        /** A list of {@link Predecessor}s. */
        PREDECESSORS,
        /** A list of {@link Edition}s. */
        EDITIONS,
        /** An optional {@link Counts}. */
        COUNTS
    }

    private final String what;
    private final Class<? extends Record> model;
    private final List<Key<?, ?>> keys;
    private final List<String> names;
    // Found on first use (a read of the shipped data never copies a record).
    private Constructor<?> canonical;
    private java.lang.reflect.Method[] accessors;
    private Constructor<?> made;

    Shape(String what, Class<? extends Record> model, Key<?, ?>... keys) {
        this.what = what;
        this.model = model;
        this.keys = List.of(keys);
        this.names = this.keys.stream().map(Key::name).toList();
    }

    /** How messages name one such mapping: "an agreement". */
    public String what() {
        return what;
    }

    /** The record class it is read into; its components (but the spots) are the keys, in order. */
    public Class<? extends Record> model() {
        return model;
    }

    /** Its fields, in declaration order. */
    public List<Key<?, ?>> keys() {
        return keys;
    }

    /** The keys it takes, snake_case as written in YAML. */
    public List<String> names() {
        return names;
    }

    /** The field of that name. */
    public Optional<Key<?, ?>> key(String name) {
        int i = names.indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(keys.get(i));
    }

    /** Whether its records keep where each value was written ({@link Spots}, after the keys). */
    public boolean hasSpots() {
        RecordComponent[] c = model.getRecordComponents();
        return c.length > keys.size() && c[keys.size()].getType() == Spots.class;
    }

    /** The shape of the items of a nested kind of field (ATTESTATIONS: ATTESTATION). */
    public static Optional<Shape> of(Kind nested) {
        return Optional.ofNullable(switch (nested) {
            case ATTESTATIONS -> ATTESTATION;
            case PREDECESSORS -> PREDECESSOR;
            case EDITIONS -> EDITION;
            case COUNTS -> COUNTS;
            default -> null;
        });
    }

    /**
     * A record of this shape from its keys' values in declaration order, and {@code spots} when it keeps
     * them (anything after the spots, such as an attestation's publication date, is left to the record).
     */
    public Object make(Object[] values, Spots spots) {
        if (made == null) {
            made = constructor(hasSpots() ? keys.size() + 1 : keys.size());
        }
        Object[] args = values;
        if (hasSpots()) {
            args = java.util.Arrays.copyOf(values, keys.size() + 1);
            args[keys.size()] = spots;
        }
        return construct(made, args);
    }

    /** A copy of {@code record} with {@code key} set to {@code value}, every other component kept. */
    public <R extends Record, V> R with(R record, Key<R, V> key, V value) {
        int at = keys.indexOf(key);
        if (at < 0 || !model.isInstance(record)) {
            throw new IllegalArgumentException(key.name() + " is not a field of " + what);
        }
        if (canonical == null) {
            RecordComponent[] components = model.getRecordComponents();
            accessors = java.util.Arrays.stream(components).map(RecordComponent::getAccessor)
                    .toArray(java.lang.reflect.Method[]::new);
            canonical = constructor(components.length);
        }
        Object[] args = new Object[accessors.length];
        try {
            for (int i = 0; i < args.length; i++) {
                args[i] = i == at ? value : accessors[i].invoke(record);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot copy " + what, e);
        }
        @SuppressWarnings("unchecked")
        R copy = (R) construct(canonical, args);
        return copy;
    }

    /** The field {@code name}, typed for {@code type}'s records (a test holds the names used to the shapes). */
    @SuppressWarnings("unchecked")
    public <R, V> Key<R, V> key(Class<R> type, String name) {
        if (type != model) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not " + what);
        }
        return (Key<R, V>) key(name).orElseThrow(() -> new IllegalArgumentException(name + " is not a field of "
                + what));
    }

    /** The constructor taking the first {@code n} components. */
    private Constructor<?> constructor(int n) {
        RecordComponent[] c = model.getRecordComponents();
        Class<?>[] types = new Class<?>[n];
        for (int i = 0; i < n; i++) {
            types[i] = c[i].getType();
        }
        try {
            return model.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(what + " has no constructor of its first " + n + " components", e);
        }
    }

    private Object construct(Constructor<?> c, Object[] args) {
        try {
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + what, e);
        }
    }
}
