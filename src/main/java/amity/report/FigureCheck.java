package amity.report;

import amity.model.Allowed;
import amity.model.Dataset;
import amity.model.Figure;
import amity.model.Qualifier;
import amity.text.Plural;
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

    /** The reported value as a sentence quotes it: 12 bare, a qualified one in quotes ("“more than 130”"). */
    static String quoted(Figure f) {
        return f.qualifier() == Qualifier.EXACT ? f.reported() : "\u201c" + f.reported() + "\u201d";
    }

    static Finding compare(Figure f, Derivation d) {
        BigDecimal gap = f.qualifier().allows(f.value()).gap(d.lo(), d.hi());
        String counted = d.distinct().isEmpty() ? f.counts().orElseThrow().type() : "distinct " + d.distinct() + " values";
        Status status;
        String why;
        Allowed allowed = f.qualifier().allows(f.value());
        if (gap.signum() == 0) {
            status = Status.AGREES;
            why = "The records give " + Plural.ofPlural(d.range(), counted) + " as of " + f.asOf() + "; "
                    + quoted(f) + " is possible.";
        } else if (gap.signum() < 0) {
            status = Status.CONFLICTS;
            String hi = allowed.hi().orElseThrow().toPlainString();
            why = "At least " + Plural.ofPlural(String.valueOf(d.lo()), counted) + " certainly existed as of "
                    + f.asOf() + ", more than " + (f.qualifier() == Qualifier.EXACT ? "the " + f.reported()
                            + " reported." : quoted(f) + " allows (at most " + hi + ").");
        } else {
            status = Status.RECORDS_SHORT;
            String lo = allowed.lo().toPlainString();
            why = "The records give at most " + Plural.ofPlural(String.valueOf(d.hi()), counted) + " as of "
                    + f.asOf() + "; " + gap.toPlainString() + " more needed to reach " + (f.qualifier()
                            == Qualifier.EXACT ? f.reported() : lo + " (" + quoted(f) + ")") + ".";
        }
        return new Finding(NAME, NAME + "/" + f.id(), f.subject(), f.metric(), f.asOf(), f.source(), f.reported(),
                BigDecimal.valueOf(d.lo()), BigDecimal.valueOf(d.hi()), gap, status, why,
                Reconciler.digest(f.value(), f.qualifier(), f.asOf(), f.counts().orElseThrow(), d.lo(), d.hi()), "");
    }
}
