package amity.check;

import amity.model.Identified;
import amity.model.Origin;
import amity.read.Nearest;
import amity.read.Problem;
import java.util.Collection;
import java.util.List;

/** The shared shape of "this id names nothing" problems. */
final class Refs {
    private Refs() {
    }

    /** Adds a problem to {@code out} when {@code id} is not empty and not among {@code ids}. */
    static void require(String id, String kind, Collection<String> ids, Origin at, List<Problem> out) {
        if (!id.isEmpty() && !ids.contains(id)) {
            out.add(new Problem(at, Math.max(1, id.codePointCount(0, id.length())), "no " + kind + " has the id '"
                    + id + "'" + Nearest.hint(id, ids)));
        }
    }

    static List<String> ids(List<? extends Identified> records) {
        return records.stream().map(Identified::id).toList();
    }
}
