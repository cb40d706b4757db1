package amity.check;

import amity.model.Agreement;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Ending;
import amity.model.Origin;
import amity.model.Program;
import amity.model.Truth;
import amity.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** Nothing ends before it begins. */
final class EndedBeforeStarted implements Check {
    @Override
    public List<Problem> run(Dataset d) {
        List<Problem> out = new ArrayList<>();
        for (Agreement a : d.agreements()) {
            test(a.effectiveSigned(), a.ended(), "signed", a.spots().at("ended"), out);
        }
        for (Program p : d.programs()) {
            test(p.started(), p.ended(), "started", p.spots().at("ended"), out);
        }
        return out;
    }

    private static void test(DateInterval start, Ending ending, String verb, Origin at, List<Problem> out) {
        DateInterval end = ending.date().orElse(DateInterval.UNKNOWN);
        if (start.given() && end.given() && end.before(start) == Truth.YES) {
            out.add(new Problem(at, end.text().length(), "it ended (" + end + ") before it was " + verb + " ("
                    + start + ")."));
        }
    }
}
