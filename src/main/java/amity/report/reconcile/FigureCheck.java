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
                    out.add(new Finding(NAME, FindingKey.of(NAME, f.id()).text(), f.subject(), f.metric(), f.asOf(), f.source(),
                            f.reported(), f.value(), f.qualifier().slug(), null, null, null, Status.UNVERIFIABLE,
                            "No counts rule and no other figure to compare with.",
                            new Digest().number(f.value()).qualifier(f.qualifier()).value(), "", Need.NONE, List.of(), List.of()));
                }
                continue;
            }
            out.add(compare(f, d, () -> derivations.unrecordedScope(f), () -> days(derivations, f, d)));
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

    /**
     * The counts each day of an interval as_of allows: the count changes only on the first or last day a
     * record's signing or ending date may fall on, so the interval's first day and those days are asked.
     */
    static List<Grading.Span> days(Derivations derivations, Figure f, Derivation whole) {
        java.time.LocalDate first = f.asOf().earliest();
        java.time.LocalDate last = f.asOf().latest();
        java.util.TreeSet<java.time.LocalDate> days = new java.util.TreeSet<>(List.of(first));
        for (int i = 0; i < whole.size(); i++) {
            if (whole.truth(i) == amity.model.Truth.NO) {
                continue;
            }
            Object r = whole.row(i).record();
            List<amity.model.DateInterval> dates = new ArrayList<>();
            if (r instanceof amity.model.Agreement a) {
                dates.add(a.effectiveSigned());
                a.ended().date().ifPresent(dates::add);
            } else if (r instanceof amity.model.Program p) {
                dates.add(p.started());
                p.ended().date().ifPresent(dates::add);
            }
            for (amity.model.DateInterval date : dates) {
                for (java.time.LocalDate day : List.of(date.earliest(), date.latest())) {
                    if (day.isAfter(first) && !day.isAfter(last)) {
                        days.add(day);
                    }
                }
            }
        }
        List<Grading.Span> out = new ArrayList<>();
        for (java.time.LocalDate day : days) {
            Derivation d = derivations.at(f, amity.model.DateInterval.of(day.toString()));
            out.add(new Grading.Span(d.lo(), d.hi()));
        }
        return out;
    }

    static Finding compare(Figure f, Derivation d, Supplier<List<String>> unrecordedScope,
            Supplier<List<Grading.Span>> days) {
        String counted = d.distinct().isEmpty() ? f.counts().orElseThrow().type() : "distinct " + d.distinct() + " values";
        Allowed allowed = f.qualifier().allows(f.value());
        Grading g = Grading.of(allowed, d.lo(), d.hi(), d::uncertain);
        List<Grading.Span> spans = List.of();
        if (g.status() == Status.POSSIBLE && !f.asOf().isDay()) {
            // One unknown day of the interval: the counts some day allows may leave the reported one out.
            spans = days.get();
            g = Grading.of(allowed, spans, d::uncertain);
        }
        Status status = g.status();
        // Derived: the least and the greatest count any day of the as_of and any placement give.
        int lo = spans.isEmpty() ? d.lo() : spans.stream().mapToInt(Grading.Span::lo).min().orElseThrow();
        int hi = spans.isEmpty() ? d.hi() : spans.stream().mapToInt(Grading.Span::hi).max().orElseThrow();
        String records = Plural.ofPlural(lo == hi ? String.valueOf(lo) : lo + ".." + hi, counted);
        String why = switch (status) {
            case CONFIRMED -> "The records give " + records + " as of " + f.asOf() + "; " + quoted(f)
                    + " holds whatever the uncertain dates are.";
            case POSSIBLE -> "The records give " + records + " as of " + f.asOf() + "; " + quoted(f)
                    + " holds only if " + g.need().clause(d.uncertainVerb() + f.asOf()) + ".";
            case CONFLICTS -> !spans.isEmpty() ? "On no day of " + f.asOf() + " do the records give " + quoted(f)
                    + ": each day of it gives " + Plural.ofPlural(Grading.words(spans), counted)
                    + " (ties signed or ended the same day move the count together)."
                    : "At least " + Plural.ofPlural(String.valueOf(lo), counted) + " certainly existed as of "
                    + f.asOf() + ", more than " + (f.qualifier() == Qualifier.EXACT ? "the " + f.reported()
                            + " reported." : quoted(f) + " allows (at most "
                            + allowed.hi().orElseThrow().toPlainString() + ").");
            default -> "The records give at most " + Plural.ofPlural(String.valueOf(hi), counted) + " as of "
                    + f.asOf() + "; " + g.gap().toPlainString() + " more needed to reach " + (f.qualifier()
                            == Qualifier.EXACT ? f.reported() : allowed.lo().toPlainString() + " (" + quoted(f) + ")")
                    + ".";
        };
        List<String> unrecorded = status == Status.RECORDS_SHORT && hi > 0 ? unrecordedScope.get() : List.of();
        if (status == Status.RECORDS_SHORT && (hi == 0 || !unrecorded.isEmpty())) {
            status = Status.NOT_RECORDED;
            why = (hi == 0 ? "No record matches the rule as of " + f.asOf()
                    : "No record has " + String.join(", ", unrecorded) + ", which the rule names")
                    + ", so the records say nothing either way about " + quoted(f) + " (they give " + records + ").";
        }
        return new Finding(NAME, FindingKey.of(NAME, f.id()).text(), f.subject(), f.metric(), f.asOf(), f.source(),
                f.reported(), f.value(), f.qualifier().slug(), BigDecimal.valueOf(lo), BigDecimal.valueOf(hi), g.gap(),
                status, why, new Digest().number(f.value()).qualifier(f.qualifier()).date(f.asOf())
                        .counts(f.counts().orElseThrow()).number(lo).number(hi).value(), "", g.need(), List.of(),
                List.of());
    }
}
