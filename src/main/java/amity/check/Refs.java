package amity.check;

import amity.model.Identified;
import amity.model.Origin;
import amity.problem.Problem;
import amity.text.Nearest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The shared shape of "this id names nothing" problems. */
final class Refs {
    private Refs() {
    }

    /**
     * Adds a problem to {@code out} when {@code id} is not empty and not among {@code ids}; where it
     * was written is looked up only then (a million valid references cost no position strings).
     */
    static void require(String id, String kind, Set<String> ids, Supplier<Origin> at, List<Problem> out) {
        if (!id.isEmpty() && !ids.contains(id)) {
            out.add(new Problem(at.get(), Math.max(1, id.codePointCount(0, id.length())), "no " + kind + " has the id '"
                    + id + "'" + Nearest.hint(id, ids)));
        }
    }

    static Set<String> ids(List<? extends Identified> records) {
        Set<String> out = new HashSet<>(Math.max(16, records.size() * 2));
        for (Identified r : records) {
            out.add(r.id());
        }
        return out;
    }
}
