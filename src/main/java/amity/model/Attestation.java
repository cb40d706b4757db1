package amity.model;

/**
 * One source's statement of an agreement or program: the date as that source gives it (may be
 * {@link DateInterval#UNKNOWN} when it gives none), how it calls the tie ("" when it agrees with the
 * record), its words verbatim, and where each of those was written.
 */
public record Attestation(String source, DateInterval date, String type, String quote, String notes, Spots spots) {
}
