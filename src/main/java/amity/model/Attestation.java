package amity.model;

import java.util.List;

/**
 * One source's statement of an agreement or program: the date as that source gives it (may be
 * {@link DateInterval#UNKNOWN} when it gives none), how it calls the tie ("" when it agrees with the
 * record), its words verbatim, and where each of those was written. A compiled source's statement
 * names in {@code cites} the pages it rests on (they are not speakers); {@code reports} names the
 * source whose date the statement passes on (hearsay, ranked below the direct statements), or is "".
 * {@code published} is its source's publication date, which the data set supplies ({@link Published}):
 * it bounds the signing date.
 */
public record Attestation(String source, DateInterval date, String type, String quote, List<String> cites,
        String reports, String notes, Spots spots, Published published) {

    /** As read, before the data set supplies the source's publication date. */
    public Attestation(String source, DateInterval date, String type, String quote, List<String> cites,
            String reports, String notes, Spots spots) {
        this(source, date, type, quote, cites, reports, notes, spots, Published.NONE);
    }

    /** Whether it passes on what another source says rather than saying it itself. */
    public boolean hearsay() {
        return !reports.isEmpty();
    }

    /** This attestation, knowing its source's publication date. */
    public Attestation published(DateInterval when) {
        return new Attestation(source, date, type, quote, cites, reports, notes, spots, new Published(when));
    }

    /**
     * The days this attestation allows for the signing: its date, on or before its source's publication
     * ({@code ../PUBLISHED} when it gives no date); its date alone when that is after the publication
     * (the dates check reports such a date).
     */
    public DateInterval bound() {
        DateInterval when = published.date();
        if (!when.given() || when.openEnd()) {
            return date;
        }
        String end = when.text().contains("/") ? when.latest().toString() : when.text();
        DateInterval byPublication = DateInterval.of("../" + end);
        return date.equals(DateInterval.UNKNOWN) ? byPublication : date.intersect(byPublication).orElse(date);
    }
}
