package amity.solve;

/** How a claim fares: certainly true, true only under some placements of the uncertain dates, or never. */
public enum ClaimStatus {
    /** Holds whatever the uncertain dates are (alone), or is forced by the other claims (jointly). */
    CONFIRMED,
    /** Holds only if some uncertain dates fall a certain way: see {@link Grade#deciding()}. */
    POSSIBLE,
    /** Cannot hold (alone), or was set aside because it conflicts with the others (jointly). */
    CONFLICTS
}
