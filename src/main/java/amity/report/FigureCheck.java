package amity.report;

import amity.model.Dataset;
import amity.model.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Check 1: each figure with a counts rule against the records as they stood at its as_of date. */
final class FigureCheck implements ReconcileCheck {
    static final String NAME = "figure";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a figure's counts rule evaluated on the records as of its date: a range lo..hi, since dates are "
                + "intervals";
    }

    @Override
    public List<Finding> run(ReconcileContext context) {
        Dataset data = context.data();
        Derivations derivations = context.derivations();
        List<Finding> out = new ArrayList<>();
        for (Figure f : data.figures()) {
            Derivation d = derivations.of(f);
            if (d == null) {
                if (f.partOf().isEmpty() && f.rankOf().isEmpty() && !inSeries(data, f)) {
                    out.add(new Finding(NAME, NAME + "/" + f.id(), f.subject(), f.metric(), f.asOf(), f.source(),
                            f.reported(), null, null, null, Status.UNVERIFIABLE,
                            "No counts rule and no other figure to compare with.",
                            Reconciler.digest(f.value(), f.qualifier()), ""));
                }
                continue;
            }
            out.add(compare(f, d));
        }
        return out;
    }

    private static boolean inSeries(Dataset data, Figure f) {
        return data.figures().stream().anyMatch(g -> g != f && g.subject().equals(f.subject())
                && g.metric().equals(f.metric()) && g.scope().equals(f.scope()));
    }

    static Finding compare(Figure f, Derivation d) {
        BigDecimal gap = f.qualifier().allows(f.value()).gap(d.lo(), d.hi());
        String counted = d.distinct().isEmpty() ? f.counts().orElseThrow().type() : "distinct " + d.distinct() + " values";
        Status status;
        String why;
        if (gap.signum() == 0) {
            status = Status.AGREES;
            why = "The records give " + d.range() + " " + counted + " as of " + f.asOf() + "; " + f.reported()
                    + " is possible.";
        } else if (gap.signum() < 0) {
            status = Status.CONFLICTS;
            why = "At least " + d.lo() + " " + counted + " certainly existed as of " + f.asOf() + ", more than "
                    + f.reported() + " allows.";
        } else {
            status = Status.RECORDS_SHORT;
            why = "The records give at most " + d.hi() + " " + counted + " as of " + f.asOf() + "; "
                    + gap.toPlainString() + " more needed to reach " + f.reported() + ".";
        }
        return new Finding(NAME, NAME + "/" + f.id(), f.subject(), f.metric(), f.asOf(), f.source(), f.reported(),
                BigDecimal.valueOf(d.lo()), BigDecimal.valueOf(d.hi()), gap, status, why,
                Reconciler.digest(f.value(), f.qualifier(), f.asOf(), f.counts().orElseThrow(), d.lo(), d.hi()), "");
    }
}
