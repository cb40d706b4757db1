package amity.read;

import java.util.List;

/** The closed word lists of the record format (see amity-data(5)). */
public final class Vocabulary {
    private Vocabulary() {
    }

    public static final List<String> AGREEMENT_TYPES = List.of("sister-city", "friendship-city", "friendly-exchange",
            "cooperation", "friendship-cooperation", "memorandum", "letter-of-intent");
    public static final List<String> AGREEMENT_LEVELS = List.of("municipal", "district", "provincial");
    public static final List<String> PLACE_LEVELS = List.of("city", "municipality", "district", "county", "province",
            "state", "region", "country");
    public static final List<String> PROGRAM_KINDS = List.of("committee", "training", "festival", "forum",
            "conference", "organization", "project", "donation", "exchange");
    public static final List<String> RECURRENCES = List.of("once", "annual", "biennial", "irregular", "ongoing");
}
