package amity.check;

import amity.model.Agreement;
import amity.model.Dataset;
import amity.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** An agreement is between exactly two distinct places. */
final class AgreementParties implements Check {
    @Override
    public List<Problem> run(Dataset d) {
        List<Problem> out = new ArrayList<>();
        for (Agreement a : d.agreements()) {
            List<String> p = a.parties();
            if (p.isEmpty()) {
                continue;
            }
            if (p.size() != 2) {
                out.add(new Problem(a.spots().at("parties"), 1, "an agreement has exactly two parties; this one has "
                        + p.size() + "."));
            } else if (p.get(0).equals(p.get(1))) {
                out.add(new Problem(a.spots().at("parties.1"), p.get(1).length(), "an agreement's two parties must "
                        + "be different places; both are '" + p.get(0) + "'."));
            }
        }
        return out;
    }
}
