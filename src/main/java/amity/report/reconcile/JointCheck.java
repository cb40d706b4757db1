package amity.report.reconcile;

import amity.model.DateInterval;
import amity.model.Figure;
import amity.model.Truth;
import amity.solve.Conflict;
import amity.solve.Conflicts;
import amity.solve.Joint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Check 6: a subject's figures taken together. Each figure, rank and series step that fits the records
 * alone is a claim on the signing dates of the records of uncertain date ({@link JointProblem}); when
 * they cannot all hold, each smallest set of them that cannot is a finding naming every figure in it
 * and the records whose dates they dispute.
 */
final class JointCheck implements ReconcileCheck {
    static final String NAME = "joint";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a subject's figures together: the smallest sets that cannot all hold, whatever the uncertain "
                + "dates are";
    }

    @Override
    public List<Finding> run(ReconcileContext context) {
        List<Finding> out = new ArrayList<>();
        for (JointProblem p : JointProblem.of(context)) {
            if (p.claims.size() < 2) {
                continue;
            }
            Joint joint = p.joint();
            Truth feasible = joint.feasible().feasible();
            if (feasible == Truth.YES) {
                continue;
            }
            Conflicts found = joint.conflicts();
            for (Conflict c : found.sets()) {
                out.add(finding(p, c, found));
            }
            if (feasible == Truth.MAYBE && found.sets().isEmpty()) {
                out.add(undecided(p));
            }
        }
        return out;
    }

    /** The subject whose figures the solver could not settle within its budget: one finding naming them all. */
    private static Finding undecided(JointProblem p) {
        Set<Figure> figures = new LinkedHashSet<>();
        p.claims.forEach(c -> figures.addAll(p.figures.get(c.id())));
        List<String> ids = figures.stream().map(Figure::id).toList();
        String why = p.budgetReached("whether its " + figures.size() + " figures that hang on uncertain dates ("
                + String.join(", ", ids) + ") can all hold at once is not known; no conflict among them is claimed");
        return finding(p, figures, List.of(), Status.UNDECIDED, why, true);
    }

    private static Finding finding(JointProblem p, Conflict c, Conflicts found) {
        Set<Figure> figures = new LinkedHashSet<>();
        for (String claim : c.claims()) {
            figures.addAll(p.figures.get(claim));
        }
        Set<String> records = new TreeSet<>();
        c.items().forEach(i -> records.add(JointProblem.record(i)));
        List<String> said = new ArrayList<>();
        for (String claim : c.claims()) {
            List<Figure> fs = p.figures.get(claim);
            Figure f = fs.get(fs.size() - 1);
            said.add(claim.startsWith(SeriesCheck.NAME + "/")
                    ? "the step from " + fs.get(0).reported() + " to " + f.reported() + " (" + fs.get(0).id() + " to "
                            + f.id() + ")"
                    : f.reported() + " " + f.metric() + " as of " + f.asOf() + " (" + f.id() + ")");
        }
        String why = "Each fits the records alone, but these cannot all hold at once, whatever the uncertain dates "
                + "are: " + String.join("; ", said) + ". The records whose dates they dispute: "
                + String.join(", ", records) + "."
                + (found.stoppedEarly() ? " " + p.budgetReached("the set truly conflicts but may not be the smallest, "
                        + "and there may be more") : "");
        return finding(p, figures, List.copyOf(records), Status.CONFLICTS, why, found.stoppedEarly());
    }

    private static Finding finding(JointProblem p, Set<Figure> figures, List<String> records, Status status,
            String why, boolean undecided) {
        List<String> ids = figures.stream().map(Figure::id).toList();
        DateInterval asOf = figures.stream().map(Figure::asOf).reduce(DateInterval::hull).orElseThrow();
        Figure first = figures.iterator().next();
        Digest inputs = new Digest();
        figures.forEach(f -> inputs.text(f.id()).number(f.value()).qualifier(f.qualifier()).date(f.asOf()));
        return new Finding(NAME, FindingKey.of(NAME, ids).text(), p.subject,
                String.join(", ", figures.stream().map(Figure::metric).distinct().toList()), asOf,
                String.join(", ", figures.stream().map(Figure::source).distinct().toList()),
                String.join("; ", figures.stream().map(Figure::reported).toList()), null, "", null, null, null,
                status, why, inputs.texts(records).text(first.subject()).value(), "",
                new Need(0, 0, records), ids, List.of(), undecided);
    }
}
