package amity.check;

import amity.model.Dataset;
import amity.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** Runs every check and returns all their problems, in file order. */
public final class Checks {
    private static final List<Check> ALL = List.of(new DuplicateIds(), new DanglingReferences(),
            new AgreementParties(), new DatesAgainstSources(), new EndedBeforeStarted(), new PredecessorsBefore(),
            new CountryCodes(), new CountableValues());

    private Checks() {
    }

    public static List<Problem> run(Dataset data) {
        // The checks only read the data set, so they run side by side; their problems join in this order.
        List<Problem> out = new ArrayList<>();
        for (List<Problem> some : ALL.parallelStream().map(c -> c.run(data)).toList()) {
            out.addAll(some);
        }
        return out;
    }
}
