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

    /** How many peers signed before the ranked tie the figure allows: rank r means r - 1 of them. */
    static Allowed earlierAllowed(Figure f) {
        Allowed rank = f.qualifier().allows(f.value());
        return rank.hi().map(h -> Allowed.between(rank.lo().subtract(BigDecimal.ONE), h.subtract(BigDecimal.ONE)))
                .orElse(Allowed.atLeast(rank.lo().subtract(BigDecimal.ONE)));
    }

    /** The rank's status on its own, as its finding grades it. */
    static Status alone(Dataset data, Figure f, Agreement target) {
        return check(data, f, target).status();
    }

    private static Finding check(Dataset data, Figure f, Agreement target) {
        DateInterval when = target.effectiveSigned();
        List<Agreement> peers = peers(data, f.subject(), target);
        int before = 0;
        List<String> maybe = new ArrayList<>();
        for (Agreement a : peers) {
            // Strictly before: a tie signed the same day shares the rank, so it is not among them.
            Truth t = a.effectiveSigned().before(when);
            if (t == Truth.YES) {
                before++;
            } else if (t == Truth.MAYBE) {
                maybe.add(a.id());
            }
        }
        maybe.sort(null);
        List<Grading.Span> earlier = earlier(peers, when);
        int lo = before + 1;
        int hi = before + maybe.size() + 1;
        // Graded on the agreements signed before the target: rank r means r - 1 of them.
        Allowed wanted = earlierAllowed(f);
        Grading g = Grading.of(wanted, earlier, () -> maybe);
        String pos = lo == hi ? String.valueOf(lo) : lo + ".." + hi;
        if (Grading.gapped(earlier)) {
            pos = Grading.words(earlier.stream().map(s -> new Grading.Span(s.lo() + 1, s.hi() + 1)).toList());
        }
        String among = "among " + f.subject() + "'s " + target.level() + " " + target.type() + " agreements";
        String why = switch (g.status()) {
            case CONFIRMED -> target.id() + " (signed " + when + ") is number " + pos + " by signing date " + among
                    + ".";
            case POSSIBLE -> target.id() + " (signed " + when + ") is number " + pos + " by signing date " + among
                    + "; " + f.reported() + " holds only if " + g.need().clause("signed before it") + ".";
            case CONFLICTS -> g.gap().signum() < 0 && lo > 1 && wanted.greatest() < before
                    ? Plural.count(before, "agreement") + (before == 1 ? " was" : " were")
                            + " certainly signed before " + target.id() + " (" + when + ") " + among
                            + ", so it is at least number " + lo + ", not " + f.value().toPlainString() + "."
                    : target.id() + " (signed " + when + ") can only be number " + pos + " by signing date " + among
                            + " (ties signed the same day share a rank), not " + f.reported() + ".";
            default -> (hi == 1 ? "No agreement" : "Only " + Plural.count(hi - 1, "agreement")) + " could precede " + target.id() + " (" + when
                    + ") " + among + (hi - 1 < peers.size() ? " (ties signed the same day share a rank)" : "") + "; "
                    + Plural.count(g.gap().toPlainString(), "earlier one is", "earlier ones are")
                    + " missing from the records.";
        };
        return new Finding(NAME, FindingKey.of(NAME, f.id()).text(), f.subject(), f.metric(), f.asOf(), f.source(), f.reported(),
                f.value(), f.qualifier().slug(), BigDecimal.valueOf(lo), BigDecimal.valueOf(hi), g.gap(), g.status(),
                why, new Digest().number(f.value()).date(when).number(lo).number(hi).value(), "", g.need(), List.of(), List.of());
    }

    /**
     * How many peers can be signed strictly before the target, for each day it can be signed on: the
     * count changes only on a day just after a peer's earliest or latest day, so those days (and the
     * target's first) are all that need asking.
     */
    static List<Grading.Span> earlier(List<Agreement> peers, DateInterval when) {
        long[] earliest = peers.stream().mapToLong(a -> a.effectiveSigned().earliest().toEpochDay()).sorted().toArray();
        long[] latest = peers.stream().mapToLong(a -> a.effectiveSigned().latest().toEpochDay()).sorted().toArray();
        long first = when.earliest().toEpochDay();
        long last = when.latest().toEpochDay();
        java.util.TreeSet<Long> days = new java.util.TreeSet<>();
        days.add(first);
        for (long d : earliest) {
            if (d + 1 > first && d + 1 <= last) {
                days.add(d + 1);
            }
        }
        for (long d : latest) {
            if (d + 1 > first && d + 1 <= last) {
                days.add(d + 1);
            }
        }
        java.util.Set<Grading.Span> out = new java.util.LinkedHashSet<>();
        for (long day : days) {
            // Certainly before: signed by the day before at the latest; possibly: signed before it at the earliest.
            out.add(new Grading.Span(below(latest, day), below(earliest, day)));
        }
        return List.copyOf(out);
    }

    /** How many of the sorted {@code days} are below {@code day}. */
    private static int below(long[] days, long day) {
        int i = java.util.Arrays.binarySearch(days, day);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && days[i - 1] == day) {
            i--;
        }
        return i;
    }

    /** The agreements a rank is counted among: the subject's others of the target's type and level. */
    static List<Agreement> peers(Dataset data, String subject, Agreement target) {
        return data.agreementsOf(subject).stream().filter(a -> a != target && a.type().equals(target.type())
                && a.level().equals(target.level())).toList();
    }
}
