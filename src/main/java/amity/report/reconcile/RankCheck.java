package amity.report.reconcile;

import amity.model.Agreement;
import amity.model.Allowed;
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
        List<String> maybe = new ArrayList<>();
        for (Agreement a : peers(data, f.subject(), target)) {
            Truth t = a.effectiveSigned().before(when);
            if (t == Truth.YES) {
                before++;
            } else if (t == Truth.MAYBE || a.effectiveSigned().sameAs(when) != Truth.NO) {
                maybe.add(a.id());
            }
        }
        maybe.sort(null);
        int lo = before + 1;
        int hi = before + maybe.size() + 1;
        // Graded on the agreements signed before the target: rank r means r - 1 of them.
        Allowed rank = f.qualifier().allows(f.value());
        Allowed earlier = rank.hi().map(h -> Allowed.between(rank.lo().subtract(BigDecimal.ONE),
                h.subtract(BigDecimal.ONE))).orElse(Allowed.atLeast(rank.lo().subtract(BigDecimal.ONE)));
        Grading g = Grading.of(earlier, before, before + maybe.size(), () -> maybe);
        String pos = lo == hi ? String.valueOf(lo) : lo + ".." + hi;
        String among = "among " + f.subject() + "'s " + target.level() + " " + target.type() + " agreements";
        String why = switch (g.status()) {
            case CONFIRMED -> target.id() + " (signed " + when + ") is number " + pos + " by signing date " + among
                    + ".";
            case POSSIBLE -> target.id() + " (signed " + when + ") is number " + pos + " by signing date " + among
                    + "; " + f.reported() + " holds only if " + g.need().clause("signed before it") + ".";
            case CONFLICTS -> Plural.count(before, "agreement") + (before == 1 ? " was" : " were")
                    + " certainly signed before " + target.id() + " (" + when + ") " + among
                    + ", so it is at least number " + lo + ", not " + f.value().toPlainString() + ".";
            default -> "Only " + Plural.count(hi - 1, "agreement") + " could precede " + target.id() + " (" + when
                    + ") " + among + "; " + Plural.count(g.gap().toPlainString(), "earlier one is", "earlier ones are")
                    + " missing from the records.";
        };
        return new Finding(NAME, FindingKey.of(NAME, f.id()).text(), f.subject(), f.metric(), f.asOf(), f.source(), f.reported(),
                f.value(), f.qualifier().slug(), BigDecimal.valueOf(lo), BigDecimal.valueOf(hi), g.gap(), g.status(),
                why, new Digest().number(f.value()).date(when).number(lo).number(hi).value(), "", g.need(), List.of(), List.of());
    }

    /** The agreements a rank is counted among: the subject's others of the target's type and level. */
    static List<Agreement> peers(Dataset data, String subject, Agreement target) {
        return data.agreementsOf(subject).stream().filter(a -> a != target && a.type().equals(target.type())
                && a.level().equals(target.level())).toList();
    }
}
