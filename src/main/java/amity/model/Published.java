package amity.model;

/**
 * The publication date of the source an attestation cites, supplied by the data set (never written
 * in a data file, like {@link Spots}): a source cannot state a tie before it exists.
 * {@link #NONE} until the data set is assembled, or when the source gives no date.
 */
public record Published(DateInterval date) {
    public static final Published NONE = new Published(DateInterval.UNKNOWN);
}
