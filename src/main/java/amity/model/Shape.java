package amity.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * The keys each kind of mapping in the data files takes, in the order amity-data(5) lists them:
 * the one declaration of a record's fields. The reader accepts exactly these keys; tests hold the
 * model's record components, the snapshot codec, the query catalog and the manual page to them.
 */
public enum Shape {
    SOURCE("a source", "id", "title", "publisher", "published", "url", "copy_of", "notes"),
    PLACE("a place", "id", "name", "names", "country", "level", "part_of", "capital", "notes"),
    AGREEMENT("an agreement", "id", "parties", "type", "level", "signed", "ended", "attested", "notes"),
    ATTESTATION("an attestation", "source", "date", "type", "quote", "notes"),
    /** An attestation written in the top-level 'attestations' list: it names the record it attests. */
    LOOSE_ATTESTATION("an attestation", Stream.concat(Stream.of("agreement", "program"),
            ATTESTATION.keys.stream()).toArray(String[]::new)),
    PROGRAM("a program", "id", "name", "aliases", "kind", "participants", "started", "ended", "recurrence",
            "editions", "attested", "notes"),
    EDITION("an edition", "date", "place", "title", "source", "quote"),
    FIGURE("a figure", "id", "subject", "metric", "scope", "value", "qualifier", "unit", "as_of", "source", "quote",
            "counts", "part_of", "parts_complete", "rank_of", "alternative_to", "interpretation", "notes"),
    COUNTS("a counts rule", "type", "of", "where", "distinct"),
    ACKNOWLEDGEMENT("an acknowledgement", "id", "finding", "digest", "reason", "by", "date"),
    COUNTRY("a country", "code", "name", "native_name", "continent", "region", "subregion");

    private final String what;
    private final List<String> keys;

    Shape(String what, String... keys) {
        this.what = what;
        this.keys = List.of(keys);
    }

    /** How messages name one such mapping: "an agreement". */
    public String what() {
        return what;
    }

    /** The keys it takes, snake_case as written in YAML. */
    public List<String> keys() {
        return keys;
    }
}
