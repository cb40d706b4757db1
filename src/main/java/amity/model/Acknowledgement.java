package amity.model;

/**
 * A finding the data keeper has seen and accepted: named by its stable key, pinned to the digest of
 * the inputs it was about, so a change to those inputs brings the finding back. A date not given is
 * {@link DateInterval#UNKNOWN}.
 */
public record Acknowledgement(String id, String finding, String digest, String reason, String by,
        DateInterval date, Spots spots) implements Identified {

    @Override
    public RecordType recordType() {
        return RecordType.ACKNOWLEDGEMENTS;
    }
}
