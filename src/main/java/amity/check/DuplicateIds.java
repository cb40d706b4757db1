package amity.check;

import amity.model.Dataset;
import amity.model.Identified;
import amity.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ids are unique across all files and all record types. */
final class DuplicateIds implements Check {
    @Override
    public List<Problem> run(Dataset d) {
        List<Problem> out = new ArrayList<>();
        Map<String, Identified> seen = new HashMap<>();
        for (List<? extends Identified> list : List.of(d.sources(), d.places(), d.agreements(), d.programs(),
                d.figures(), d.acknowledgements())) {
            for (Identified r : list) {
                if (r.id().isEmpty()) {
                    continue;
                }
                Identified first = seen.putIfAbsent(r.id(), r);
                if (first != null) {
                    out.add(new Problem(r.spots().at("id"), r.id().length(), "the id '" + r.id()
                            + "' is already used by the " + kind(first) + " at " + first.spots().at("id") + ".",
                            first.spots().at("id")));
                }
            }
        }
        return out;
    }

    static String kind(Identified r) {
        return r.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
