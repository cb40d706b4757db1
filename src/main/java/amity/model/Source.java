package amity.model;

/**
 * A document that states agreements, programs or figures: a news report, an official page, a list.
 * {@code kind} is {@link #DOCUMENT} (also when not given) or {@link #COMPILED}: a secondary source,
 * such as the project's reference list, whose rows are its own statements.
 */
public record Source(String id, String title, String publisher, DateInterval published, String url, String copyOf,
        String kind, String notes, Spots spots) implements Identified {
    public static final String DOCUMENT = "document";
    public static final String COMPILED = "compiled";

    /** Whether it is a compiled, secondary source. */
    public boolean compiled() {
        return kind.equals(COMPILED);
    }

    @Override
    public RecordType recordType() {
        return RecordType.SOURCES;
    }
}
