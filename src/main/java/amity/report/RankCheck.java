package amity.report;

import amity.model.Agreement;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Figure;
import amity.model.Truth;
import amity.text.Plural;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Check 4: an ordinal ("Beijing's 53rd sister city") against the agreement's position by signing
 * date among the subject's agreements of the same type and level: a range where dates are uncertain.
 */
final class RankCheck implements ReconcileCheck {
    static final String NAME = "rank";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "an ordinal against the signing order";
    }

    @Override
    public List<Finding> run(ReconcileContext context) {
        Dataset data = context.data();
        List<Finding> out = new ArrayList<>();
        for (Figure f : data.figures()) {
            if (f.rankOf().isEmpty()) {
                continue;
            }
            Optional<Agreement> target = data.agreement(f.rankOf());
            if (target.isEmpty()) {
                continue;
            }
            out.add(check(data, f, target.get()));
        }
        return out;
    }

    private static Finding check(Dataset data, Figure f, Agreement target) {
        DateInterval when = target.effectiveSigned();
        int before = 0;
        int maybe = 0;
        for (Agreement a : data.agreementsOf(f.subject())) {
            if (a == target || !a.type().equals(target.type())
                    || !a.level().equals(target.level())) {
                continue;
            }
            Truth t = a.effectiveSigned().before(when);
            if (t == Truth.YES) {
                before++;
            } else if (t == Truth.MAYBE || a.effectiveSigned().sameAs(when) != Truth.NO) {
                maybe++;
            }
        }
        int lo = before + 1;
        int hi = before + maybe + 1;
        BigDecimal gap = f.qualifier().allows(f.value()).gap(lo, hi);
        String pos = lo == hi ? String.valueOf(lo) : lo + ".." + hi;
        String among = "among " + f.subject() + "'s " + target.level() + " " + target.type() + " agreements";
        Status status;
        String why;
        if (gap.signum() == 0) {
            status = Status.AGREES;
            why = target.id() + " (signed " + when + ") is number " + pos + " by signing date " + among + ".";
        } else if (gap.signum() < 0) {
            status = Status.CONFLICTS;
            why = Plural.count(before, "agreement") + (before == 1 ? " was" : " were") + " certainly signed before " + target.id() + " (" + when + ") " + among
                    + ", so it is at least number " + lo + ", not " + f.value().toPlainString() + ".";
        } else {
            status = Status.RECORDS_SHORT;
            why = "Only " + Plural.count(hi - 1, "agreement") + " could precede " + target.id() + " (" + when + ") "
                    + among + "; " + Plural.count(gap.toPlainString(), "earlier one is", "earlier ones are")
                    + " missing from the records.";
        }
        return new Finding(NAME, NAME + "/" + f.id(), f.subject(), f.metric(), f.asOf(), f.source(), f.reported(),
                BigDecimal.valueOf(lo), BigDecimal.valueOf(hi), gap, status, why,
                Reconciler.digest(f.value(), when, lo, hi), "");
    }
}
