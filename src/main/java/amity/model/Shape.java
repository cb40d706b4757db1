package amity.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of each kind of record, declared once: their keys as written in the data files, in
 * the order of the record's components, and what kind of value each holds. The reader accepts
 * exactly these keys; tests hold the record components, the snapshot codec, the query catalog and
 * the manual page (amity-data(5)) to them.
 */
public enum Shape {
    ATTESTATION("an attestation", Attestation.class, "source", Kind.TEXT, "date", Kind.DATE, "type", Kind.TEXT,
            "quote", Kind.TEXT, "cites", Kind.TEXTS, "reports", Kind.TEXT, "notes", Kind.TEXT),
    PREDECESSOR("a predecessor", Predecessor.class, "type", Kind.TEXT, "date", Kind.DATE, "source", Kind.TEXT,
            "quote", Kind.TEXT, "cites", Kind.TEXTS, "notes", Kind.TEXT),
    EDITION("an edition", Edition.class, "date", Kind.DATE, "place", Kind.TEXT, "title", Kind.TEXT, "source",
            Kind.TEXT, "quote", Kind.TEXT),
    COUNTS("a counts rule", Counts.class, "type", Kind.TEXT, "of", Kind.TEXT, "where", Kind.TEXT, "distinct",
            Kind.TEXT),
    SOURCE("a source", Source.class, "id", Kind.TEXT, "title", Kind.TEXT, "publisher", Kind.TEXT, "published",
            Kind.DATE, "url", Kind.TEXT, "copy_of", Kind.TEXT, "kind", Kind.TEXT, "notes", Kind.TEXT),
    PLACE("a place", Place.class, "id", Kind.TEXT, "name", Kind.TEXT, "names", Kind.TEXTS, "country", Kind.TEXT,
            "level", Kind.TEXT, "part_of", Kind.TEXT, "capital", Kind.BOOLEAN, "continent", Kind.TEXT, "region",
            Kind.TEXT, "notes", Kind.TEXT),
    AGREEMENT("an agreement", Agreement.class, "id", Kind.TEXT, "parties", Kind.TEXTS, "type", Kind.TEXT, "level",
            Kind.TEXT, "signed", Kind.DATE, "ended", Kind.ENDING, "attested", Kind.ATTESTATIONS, "predecessors",
            Kind.PREDECESSORS, "notes", Kind.TEXT, "certainty", Kind.TEXT),
    PROGRAM("a program", Program.class, "id", Kind.TEXT, "name", Kind.TEXT, "aliases", Kind.TEXTS, "kind", Kind.TEXT,
            "participants", Kind.TEXTS, "started", Kind.DATE, "ended", Kind.ENDING, "recurrence", Kind.TEXT,
            "editions", Kind.EDITIONS, "attested", Kind.ATTESTATIONS, "notes", Kind.TEXT),
    FIGURE("a figure", Figure.class, "id", Kind.TEXT, "subject", Kind.TEXT, "metric", Kind.TEXT, "scope", Kind.TEXT,
            "value", Kind.NUMBER, "qualifier", Kind.QUALIFIER, "unit", Kind.TEXT, "as_of", Kind.DATE, "source",
            Kind.TEXT, "quote", Kind.TEXT, "counts", Kind.COUNTS, "part_of", Kind.TEXT, "parts_complete",
            Kind.BOOLEAN, "rank_of", Kind.TEXT, "alternative_to", Kind.TEXT, "interpretation", Kind.TEXT, "notes",
            Kind.TEXT),
    ACKNOWLEDGEMENT("an acknowledgement", Acknowledgement.class, "id", Kind.TEXT, "finding", Kind.TEXT, "digest",
            Kind.TEXT, "reason", Kind.TEXT, "by", Kind.TEXT, "date", Kind.DATE),
    COUNTRY("a country", Country.class, "code", Kind.TEXT, "name", Kind.TEXT, "native_name", Kind.TEXT, "continent",
            Kind.TEXT, "region", Kind.TEXT, "subregion", Kind.TEXT);

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

    /** One field: its key in the data files and the kind of value it holds. */
    public record Key(String name, Kind kind) {
    }

    private final String what;
    private final Class<? extends Record> model;
    private final List<Key> keys;
    private final List<String> names;

    /** {@code keysAndKinds} alternates a key and its kind. */
    Shape(String what, Class<? extends Record> model, Object... keysAndKinds) {
        this.what = what;
        this.model = model;
        List<Key> k = new ArrayList<>();
        for (int i = 0; i < keysAndKinds.length; i += 2) {
            k.add(new Key((String) keysAndKinds[i], (Kind) keysAndKinds[i + 1]));
        }
        this.keys = List.copyOf(k);
        this.names = keys.stream().map(Key::name).toList();
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
    public List<Key> keys() {
        return keys;
    }

    /** The keys it takes, snake_case as written in YAML. */
    public List<String> names() {
        return names;
    }
}
