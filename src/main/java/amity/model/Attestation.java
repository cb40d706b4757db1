package amity.model;

/**
 * One source's statement of an agreement or program: the date as that source gives it (may be
 * {@link DateInterval#UNKNOWN} when it gives none), how it calls the tie ("" when it agrees with the
 * record), its words verbatim, and where each of those was written. {@code published} is the source's
 * publication date ({@link DateInterval#UNKNOWN} until the data set is assembled, or when the source
 * gives none): a source cannot state a tie before it exists, so it bounds the signing date.
 */
public record Attestation(String source, DateInterval date, String type, String quote, String notes, Spots spots,
        DateInterval published) {

    /** As read, before the data set supplies the source's publication date. */
    public Attestation(String source, DateInterval date, String type, String quote, String notes, Spots spots) {
        this(source, date, type, quote, notes, spots, DateInterval.UNKNOWN);
    }

    /** This attestation, knowing its source's publication date. */
    public Attestation published(DateInterval when) {
        return new Attestation(source, date, type, quote, notes, spots, when);
    }

    /**
     * The days this attestation allows for the signing: its date, on or before its source's publication
     * ({@code ../PUBLISHED} when it gives no date); its date alone when that is after the publication
     * (the dates check reports such a date).
     */
    public DateInterval bound() {
        if (!published.given() || published.openEnd()) {
            return date;
        }
        String end = published.text().contains("/") ? published.latest().toString() : published.text();
        DateInterval byPublication = DateInterval.of("../" + end);
        return date.equals(DateInterval.UNKNOWN) ? byPublication : date.intersect(byPublication).orElse(date);
    }
}
