package amity.model;

import java.util.List;

/** A mechanism, event series or organisation run under sister-city ties. A start not given is UNKNOWN. */
public record Program(String id, String name, List<String> aliases, String kind, List<String> participants,
        DateInterval started, Ending ended, String recurrence, List<Edition> editions,
        List<Attestation> attested, String notes, Spots spots) implements Identified {

    @Override
    public RecordType recordType() {
        return RecordType.PROGRAMS;
    }
}
