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
            if (joint.feasible().feasible() == Truth.YES) {
                continue;
            }
            Conflicts found = joint.conflicts();
            for (Conflict c : found.sets()) {
                out.add(finding(p, c, found));
            }
        }
        return out;
    }

    private static Finding finding(JointProblem p, Conflict c, Conflicts found) {
        Set<Figure> figures = new LinkedHashSet<>();
        for (String claim : c.claims()) {
            figures.addAll(p.figures.get(claim));
        }
        List<String> ids = figures.stream().map(Figure::id).toList();
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
        DateInterval asOf = figures.stream().map(Figure::asOf).reduce(DateInterval::hull).orElseThrow();
        String why = "Each fits the records alone, but these cannot all hold at once, whatever the uncertain dates "
                + "are: " + String.join("; ", said) + ". The records whose dates they dispute: "
                + String.join(", ", records) + "."
                + (found.stoppedEarly() ? " The solver stopped at its time limit: the set may not be the smallest, "
                        + "though it truly conflicts, and there may be more." : "");
        Figure first = figures.iterator().next();
        return new Finding(NAME, NAME + "/" + String.join("+", ids), p.subject,
                String.join(", ", figures.stream().map(Figure::metric).distinct().toList()), asOf,
                String.join(", ", figures.stream().map(Figure::source).distinct().toList()),
                String.join("; ", figures.stream().map(Figure::reported).toList()), null, "", null, null, null,
                Status.CONFLICTS, why, Reconciler.digest(figures.stream().map(f -> f.id() + "=" + f.value()
                        + f.qualifier() + "@" + f.asOf()).toList(), records, first.subject()), "",
                new Need(0, 0, List.copyOf(records)), ids, List.of());
    }
}
