package amity.check;

import amity.model.Dataset;
import amity.read.Problem;
import java.util.ArrayList;
import java.util.List;

/** Runs every check and returns all their problems, in file order. */
public final class Checks {
    private static final List<Check> ALL = List.of(new DuplicateIds(), new DanglingReferences(),
            new AgreementParties(), new DatesAgainstSources(), new EndedBeforeStarted(), new PredecessorsBefore(),
            new CountryCodes());

    private Checks() {
    }

    public static List<Problem> run(Dataset data) {
        List<Problem> out = new ArrayList<>();
        for (Check c : ALL) {
            out.addAll(c.run(data));
        }
        return out;
    }
}
