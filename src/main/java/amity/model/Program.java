package amity.model;

import java.util.List;

/** A mechanism, event series or organisation run under sister-city ties. Null dates are unknown. */
public record Program(String id, String name, List<String> aliases, String kind, List<String> participants,
        DateInterval started, DateInterval ended, String recurrence, List<Edition> editions,
        List<Attestation> attested, String notes, Spots spots) implements Identified {
}
