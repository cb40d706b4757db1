package amity.model;

/** A document that states agreements, programs or figures: a news report, an official page, a list. */
public record Source(String id, String title, String publisher, DateInterval published, String url, String copyOf,
        String notes, Spots spots) implements Identified {

    @Override
    public RecordType recordType() {
        return RecordType.SOURCES;
    }
}
