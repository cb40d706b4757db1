package amity.report.reconcile;

import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.solve.Implied;
import amity.solve.Reading;
import amity.solve.Window;
import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * `reconcile --implied`: each agreement of uncertain date that a subject's figures constrain, with its
 * recorded date, the window the figures imply when they hold ({@code implied}, written with its
 * earliest and latest day in json and csv), and what bounds each end: the figures (a smallest set), or
 * the record itself (its own date, or a source's publication date). Where the figures conflict, one
 * row per largest set that can hold together, naming the figures set aside. A window the solver could not
 * settle within its budget is marked {@code undecided} (left wider, never narrower), and a note names it.
 */
public final class ImpliedReport {
    private ImpliedReport() {
    }

    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(new Column("agreement", FieldType.TEXT),
            new Column("subject", FieldType.TEXT), new Column("recorded", FieldType.DATE),
            new Column("implied", FieldType.DATE), new Column("earliest_bounded_by", FieldType.LIST),
            new Column("latest_bounded_by", FieldType.LIST), new Column("set_aside", FieldType.LIST),
            new Column("undecided", FieldType.BOOLEAN));

    public static Table table(Dataset data) {
        return table(data, amity.solve.Budget.DEFAULT);
    }

    /** The implied windows with the solver held to {@code budget} per subject. */
    public static Table table(Dataset data, amity.solve.Budget budget) {
        List<Table.TableRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (JointProblem p : JointProblem.of(ReconcileContext.of(data, budget))) {
            Implied implied = p.joint().implied();
            Set<String> open = new java.util.TreeSet<>();
            for (Reading r : implied.readings()) {
                for (Window w : r.windows()) {
                    if (w.item().contains(JointProblem.FREE)) {
                        continue;
                    }
                    Agreement a = data.agreement(w.item()).orElseThrow();
                    boolean narrowed = !w.implied().equals(w.recorded());
                    if (w.undecided()) {
                        open.add(w.item());
                    }
                    rows.add(new Table.TableRow(List.of(Value.text(w.item()), Value.text(p.subject),
                            Value.date(w.recorded()), Value.date(w.implied()),
                            Value.texts(bounds(p, a, w.boundingEarliest(), w.earliest(), false)),
                            Value.texts(bounds(p, a, w.boundingLatest(), w.latest(), true)),
                            Value.texts(figures(p, r.setAside())), new Value.Bool(w.undecided())),
                            w.undecided() ? Tone.WARN : narrowed ? Tone.GOOD : Tone.NORMAL));
                }
            }
            if (implied.stoppedEarly()) {
                notes.add(p.budgetReached(open.isEmpty() ? "the readings of its figures may be incomplete"
                        : "it could not bound " + String.join(", ", open) + " (their windows are left wider than the "
                                + "figures may imply, never narrower)"));
            }
        }
        notes.add(rows.size() + (rows.size() == 1 ? " agreement" : " agreements") + " of uncertain date that "
                + "figures constrain.");
        return new Table(COLUMNS, rows, notes);
    }

    /** The figures behind claims, in claim order, each once. */
    static List<String> figures(JointProblem p, List<String> claims) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : claims) {
            p.figures.get(c).forEach(f -> out.add(f.id()));
        }
        return List.copyOf(out);
    }

    /**
     * What bounds one end of a window: the figures when claims do; otherwise the record itself, named
     * "published SOURCE" when a source's publication date is what ends it.
     */
    private static List<String> bounds(JointProblem p, Agreement a, List<String> claims, LocalDate end,
            boolean latest) {
        if (!claims.isEmpty()) {
            return figures(p, claims);
        }
        if (!latest || a.signed().given()) {
            return List.of();
        }
        for (Attestation t : a.attested()) {
            DateInterval own = t.date();
            DateInterval bound = t.bound();
            if (!bound.openEnd() && bound.latest().equals(end) && (own.openEnd() || own.latest().isAfter(end))) {
                return List.of("published " + t.source());
            }
        }
        return List.of();
    }
}
