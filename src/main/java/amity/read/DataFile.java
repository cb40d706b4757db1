package amity.read;

import amity.model.Acknowledgement;
import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Figure;
import amity.model.Place;
import amity.model.Program;
import amity.model.Source;
import amity.problem.Problem;
import java.util.List;

/**
 * The records one data file holds, as written: attestations of the top-level 'attestations' list
 * stay apart from the record they name. What a writer rewrites when it adds to an existing file.
 */
public record DataFile(List<Source> sources, List<Place> places, List<Agreement> agreements, List<Loose> attestations,
        List<Program> programs, List<Figure> figures, List<Acknowledgement> acknowledgements) {

    /** An attestation written apart from the agreement or program it names ("" for the other). */
    public record Loose(String agreement, String program, Attestation attestation) {
    }

    /** No records. */
    public static final DataFile EMPTY = new DataFile(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    /** The records of one YAML file and its reading problems (named {@code name} in messages). */
    public record Read(DataFile file, List<Problem> problems) {
    }

    public static Read read(String name, byte[] bytes) {
        Batch b = new Batch();
        new YamlReader().read(name, bytes, true, b);
        List<Loose> loose = b.loose.stream().map(l -> new Loose(l.agreement(), l.program(), l.attestation())).toList();
        return new Read(new DataFile(List.copyOf(b.sources), List.copyOf(b.places), List.copyOf(b.agreements), loose,
                List.copyOf(b.programs), List.copyOf(b.figures), List.copyOf(b.acks)), List.copyOf(b.problems));
    }

    /** The data folder shipped with amity, which nothing ever writes into; empty when it cannot be found. */
    public static java.util.Optional<java.nio.file.Path> shippedFolder() {
        try {
            return java.util.Optional.of(DataFiles.shipped());
        } catch (DataReader.Unreadable e) {
            return java.util.Optional.empty();
        }
    }
}
