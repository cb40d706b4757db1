package amity.model;

import java.util.Arrays;
import java.util.List;

/**
 * A closed word list of the record format (see amity-data(5)) and how messages name one of its words
 * ("an agreement type"); a field declared with one ({@link Key#words()}) takes only those words.
 */
public record Vocabulary(String what, List<String> words) {
    /** No closed list: any text. */
    public static final Vocabulary NONE = new Vocabulary("", List.of());

    public static final Vocabulary AGREEMENT_TYPES = new Vocabulary("an agreement type", List.of("sister-city",
            "friendship-city", "friendly-exchange", "cooperation", "friendship-cooperation", "memorandum",
            "letter-of-intent"));
    public static final Vocabulary AGREEMENT_LEVELS = new Vocabulary("an agreement level", List.of("municipal",
            "district", "provincial"));
    public static final Vocabulary CERTAINTIES = new Vocabulary("a certainty", List.of("implied", "uncertain"));
    public static final Vocabulary PLACE_LEVELS = new Vocabulary("a place level", List.of("city", "municipality",
            "district", "county", "province", "state", "region", "country"));
    public static final Vocabulary PROGRAM_KINDS = new Vocabulary("a program kind", List.of("committee", "training",
            "festival", "forum", "conference", "organization", "project", "donation", "exchange"));
    public static final Vocabulary RECURRENCES = new Vocabulary("a recurrence", List.of("once", "annual", "biennial",
            "irregular", "ongoing"));
    public static final Vocabulary SOURCE_KINDS = new Vocabulary("a source kind", List.of(Source.DOCUMENT,
            Source.COMPILED));
    public static final Vocabulary QUALIFIERS = new Vocabulary("a qualifier", Arrays.stream(Qualifier.values())
            .map(Qualifier::slug).toList());
    /** The record types a counts rule counts: {@link RecordType#queryableNames()} (a test holds them equal). */
    public static final Vocabulary COUNTED_TYPES = new Vocabulary("a record type", List.of("agreements", "programs",
            "figures", "sources", "places"));

    /** Whether it is a closed list at all. */
    public boolean closed() {
        return !words.isEmpty();
    }
}
