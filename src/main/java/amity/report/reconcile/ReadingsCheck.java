package amity.report.reconcile;

import amity.model.Figure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Check 7: a report read two ways (a figure's {@code alternative_to}) compared as sets. Each reading is
 * the figure with its total and that total's other parts; it fits a check when that check's finding
 * on one of its figures is possible or confirmed. Confirmed when exactly one reading fits every check
 * it takes part in, possible when both do, conflicts when neither does.
 */
final class ReadingsCheck implements ReconcileCheck {
    static final String NAME = "readings";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "figures read two ways (alternative_to) compared as sets: how many of their checks each reading "
                + "fits";
    }

    @Override
    public List<Finding> run(ReconcileContext context) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Figure x : context.data().figures()) {
            if (x.alternativeTo().isEmpty()) {
                continue;
            }
            Figure y = context.data().figure(x.alternativeTo()).orElse(null);
            if (y == null) {
                continue;
            }
            Set<Figure> rx = reading(context, x);
            Set<Figure> ry = reading(context, y);
            if (!seen.add(name(ry) + "\u0000" + name(rx)) || !seen.add(name(rx) + "\u0000" + name(ry))) {
                continue;
            }
            out.add(compare(context, y, ry, x, rx));
        }
        return out;
    }

    /** The figure with its total and the total's other parts: what one reading of the report says. */
    private static Set<Figure> reading(ReconcileContext context, Figure f) {
        Set<Figure> out = new LinkedHashSet<>();
        Figure total = f.partOf().isEmpty() ? f : context.data().figure(f.partOf()).orElse(f);
        out.add(total);
        for (Figure g : context.data().figures()) {
            if (g.partOf().equals(total.id()) && !total.id().isEmpty()) {
                out.add(g);
            }
        }
        out.add(f);
        return out;
    }

    /** A reading is named by its total's metric: "the sister-cities reading". */
    private static String name(Set<Figure> reading) {
        return reading.iterator().next().metric();
    }

    /** The verdicts of the checks a reading takes part in (unverifiable ones are no check). */
    private static List<Finding> checks(ReconcileContext context, Set<Figure> reading) {
        Set<String> ids = new HashSet<>();
        reading.forEach(f -> ids.add(f.id()));
        List<Finding> out = new ArrayList<>();
        for (Finding f : context.earlier()) {
            if (f.status() == Status.UNVERIFIABLE) {
                continue;
            }
            String own = f.key().substring(f.key().indexOf('/') + 1);
            if (ids.contains(own) || f.figures().stream().anyMatch(ids::contains)) {
                out.add(f);
            }
        }
        return out;
    }

    private static long fits(List<Finding> checks) {
        return checks.stream().filter(f -> f.status() == Status.POSSIBLE || f.status() == Status.CONFIRMED).count();
    }

    private static Finding compare(ReconcileContext context, Figure a, Set<Figure> ra, Figure b, Set<Figure> rb) {
        List<Finding> ca = checks(context, ra);
        List<Finding> cb = checks(context, rb);
        long fa = fits(ca);
        long fb = fits(cb);
        boolean aAll = fa == ca.size();
        boolean bAll = fb == cb.size();
        Status status = aAll && bAll ? Status.POSSIBLE : aAll || bAll ? Status.CONFIRMED : Status.CONFLICTS;
        String why = "Read two ways: the " + name(ra) + " reading fits " + fa + " of " + ca.size() + " checks, the "
                + name(rb) + " reading " + fb + " of " + cb.size() + (status == Status.CONFIRMED ? "; only the "
                        + (aAll ? name(ra) : name(rb)) + " reading fits them all."
                        : status == Status.POSSIBLE ? "; both fit them all." : "; neither fits them all.");
        List<String> figures = new ArrayList<>();
        ra.forEach(f -> figures.add(f.id()));
        rb.forEach(f -> figures.add(f.id()));
        Digest verdicts = new Digest();
        ca.forEach(f -> verdicts.text(f.key()).text(f.status().slug()));
        cb.forEach(f -> verdicts.text(f.key()).text(f.status().slug()));
        return new Finding(NAME, FindingKey.of(NAME, a.id(), b.id()).text(), a.subject(), name(ra) + " or " + name(rb),
                a.asOf(), a.source(), "", null, "", null, null, null, status, why, verdicts.value(), "",
                Need.NONE, figures, List.of());
    }
}
