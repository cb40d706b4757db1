package amity.model;

import java.util.List;

/** A mechanism, event series or organisation run under sister-city ties. A start not given is UNKNOWN. */
public record Program(String id, String name, List<String> aliases, String kind, List<String> participants,
        DateInterval started, Ending ended, String recurrence, List<Edition> editions,
        List<Attestation> attested, String notes, Spots spots) implements Identified {

    /** This program with {@code attested} in place of its attestations, every other field kept. */
    public Program withAttested(List<Attestation> attested) {
        return Shape.PROGRAM.with(this, Shape.PROGRAM.key(Program.class, "attested"), attested);
    }

    @Override
    public RecordType recordType() {
        return RecordType.PROGRAMS;
    }
}
