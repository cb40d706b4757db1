package amity.check;

import amity.model.Agreement;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Predecessor;
import amity.model.Truth;
import amity.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** An agreement's predecessors come before it: none is dated certainly after the agreement was signed. */
final class PredecessorsBefore implements Check {
    @Override
    public List<Problem> run(Dataset d) {
        List<Problem> out = new ArrayList<>();
        for (Agreement a : d.agreements()) {
            DateInterval signed = a.effectiveSigned();
            for (Predecessor p : a.predecessors()) {
                if (signed.given() && p.date().given() && signed.before(p.date()) == Truth.YES) {
                    out.add(new Problem(p.spots().at("date"), p.date().text().length(), "a predecessor is an earlier "
                            + "agreement, but this one is dated " + p.date() + ", after " + a.id() + " was signed ("
                            + signed + "); if it came later, it is an agreement of its own."));
                }
            }
        }
        return out;
    }
}
