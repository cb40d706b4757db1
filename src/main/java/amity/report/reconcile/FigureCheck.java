package amity.report.reconcile;

import amity.model.Allowed;
import amity.model.Dataset;
import amity.model.Figure;
import amity.model.Qualifier;
import amity.text.Plural;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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
                            f.reported(), f.value(), f.qualifier().slug(), null, null, null, Status.UNVERIFIABLE,
                            "No counts rule and no other figure to compare with.",
                            Reconciler.digest(f.value(), f.qualifier()), "", Need.NONE, List.of(), List.of()));
                }
                continue;
            }
            out.add(compare(f, d, () -> derivations.unrecordedScope(f)));
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

    static Finding compare(Figure f, Derivation d, Supplier<List<String>> unrecordedScope) {
        String counted = d.distinct().isEmpty() ? f.counts().orElseThrow().type() : "distinct " + d.distinct() + " values";
        Allowed allowed = f.qualifier().allows(f.value());
        Grading g = Grading.of(allowed, d.lo(), d.hi(), d::uncertain);
        Status status = g.status();
        String records = Plural.ofPlural(d.range(), counted);
        String why = switch (status) {
            case CONFIRMED -> "The records give " + records + " as of " + f.asOf() + "; " + quoted(f)
                    + " holds whatever the uncertain dates are.";
            case POSSIBLE -> "The records give " + records + " as of " + f.asOf() + "; " + quoted(f)
                    + " holds only if " + g.need().clause(d.uncertainVerb() + f.asOf()) + ".";
            case CONFLICTS -> "At least " + Plural.ofPlural(String.valueOf(d.lo()), counted) + " certainly existed as of "
                    + f.asOf() + ", more than " + (f.qualifier() == Qualifier.EXACT ? "the " + f.reported()
                            + " reported." : quoted(f) + " allows (at most "
                            + allowed.hi().orElseThrow().toPlainString() + ").");
            default -> "The records give at most " + Plural.ofPlural(String.valueOf(d.hi()), counted) + " as of "
                    + f.asOf() + "; " + g.gap().toPlainString() + " more needed to reach " + (f.qualifier()
                            == Qualifier.EXACT ? f.reported() : allowed.lo().toPlainString() + " (" + quoted(f) + ")")
                    + ".";
        };
        List<String> unrecorded = status == Status.RECORDS_SHORT && d.hi() > 0 ? unrecordedScope.get() : List.of();
        if (status == Status.RECORDS_SHORT && (d.hi() == 0 || !unrecorded.isEmpty())) {
            status = Status.NOT_RECORDED;
            why = (d.hi() == 0 ? "No record matches the rule as of " + f.asOf()
                    : "No record has " + String.join(", ", unrecorded) + ", which the rule names")
                    + ", so the records say nothing either way about " + quoted(f) + " (they give " + records + ").";
        }
        return new Finding(NAME, NAME + "/" + f.id(), f.subject(), f.metric(), f.asOf(), f.source(), f.reported(),
                f.value(), f.qualifier().slug(), BigDecimal.valueOf(d.lo()), BigDecimal.valueOf(d.hi()), g.gap(),
                status, why, Reconciler.digest(f.value(), f.qualifier(), f.asOf(), f.counts().orElseThrow(), d.lo(),
                        d.hi()), "", g.need(), List.of(), List.of());
    }
}
