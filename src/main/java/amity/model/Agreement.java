package amity.model;

import java.util.List;

/**
 * A tie between two places. {@code signed} is what the data keeper decided, or null when the
 * attestations decide it (see {@link #effectiveSigned()}); {@code ended} is null while it lasts.
 */
public record Agreement(String id, List<String> parties, String type, String level, DateInterval signed,
        DateInterval ended, List<Attestation> attested, String notes, Spots spots) implements Identified {

    /**
     * The signing date used for counting: the one written, else the days every attestation allows,
     * else (when attestations disagree) the span of them all, else unknown.
     */
    public DateInterval effectiveSigned() {
        if (signed != null) {
            return signed;
        }
        DateInterval joint = null;
        DateInterval hull = null;
        boolean disjoint = false;
        for (Attestation a : attested) {
            if (a.date().equals(DateInterval.UNKNOWN)) {
                continue;
            }
            hull = hull == null ? a.date() : hull.hull(a.date());
            if (!disjoint) {
                var both = joint == null ? java.util.Optional.of(a.date()) : joint.intersect(a.date());
                if (both.isPresent()) {
                    joint = both.get();
                } else {
                    disjoint = true;
                }
            }
        }
        if (hull == null) {
            return DateInterval.UNKNOWN;
        }
        return disjoint ? hull : joint;
    }

    /** The party that is not {@code place}, or "" when {@code place} is not a party. */
    public String partnerOf(String place) {
        if (parties.size() != 2) {
            return "";
        }
        if (parties.get(0).equals(place)) {
            return parties.get(1);
        }
        return parties.get(1).equals(place) ? parties.get(0) : "";
    }
}
