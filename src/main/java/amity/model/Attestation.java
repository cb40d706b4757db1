package amity.model;

import java.util.List;

/**
 * One source's statement of an agreement or program: the date as that source gives it (may be
 * {@link DateInterval#UNKNOWN} when it gives none), how it calls the tie ("" when it agrees with the
 * record), its words verbatim, and where each of those was written. A compiled source's statement
 * names in {@code cites} the pages it rests on (they are not speakers); {@code reports} names the
 * source whose date the statement passes on (hearsay, ranked below the direct statements), or is "".
 */
public record Attestation(String source, DateInterval date, String type, String quote, List<String> cites,
        String reports, String notes, Spots spots) {

    /** Whether it passes on what another source says rather than saying it itself. */
    public boolean hearsay() {
        return !reports.isEmpty();
    }
}
