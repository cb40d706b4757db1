package amity.report.reconcile;

import amity.model.Dataset;
import amity.model.Figure;
import amity.model.Truth;
import amity.query.QueryError;
import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * `reconcile --explain`: every record a figure's counts rule looked at, whether it certainly counts,
 * possibly counts or is excluded, and why, so a reader can audit a derived number.
 */
public final class Explain {
    private Explain() {
    }

    public static Table table(Dataset data, Figure f) {
        boolean distinct = f.counts().filter(c -> !c.distinct().isEmpty()).isPresent();
        List<Column> cols = new ArrayList<>(List.of(new Column("verdict", FieldType.TEXT),
                new Column("id", FieldType.TEXT)));
        if (distinct) {
            cols.add(new Column(f.counts().get().distinct(), FieldType.TEXT));
        }
        cols.add(new Column("why", FieldType.TEXT));
        List<String> notes = new ArrayList<>();
        notes.add("Figure " + f.id() + ": " + f.reported() + (f.unit().isEmpty() ? "" : " " + f.unit()) + " as of "
                + f.asOf() + " (" + f.source() + ").");
        if (f.counts().isEmpty()) {
            notes.add("It has no counts rule, so nothing is derived from the records.");
            return new Table(cols, List.of(), notes);
        }
        Derivation d;
        try {
            d = Derivation.of(data, f.counts().get(), f.asOf());
        } catch (QueryError e) {
            notes.add("Its counts rule does not parse: " + e.getMessage());
            return new Table(cols, List.of(), notes);
        }
        var c = f.counts().get();
        notes.add("Rule: " + c.type() + (c.of().isEmpty() ? "" : " of " + c.of())
                + (c.where().isEmpty() ? "" : " where " + c.where())
                + (c.distinct().isEmpty() ? ", counting records" : ", counting distinct " + c.distinct())
                + ", as they stood at " + f.asOf() + ".");
        notes.add("Derived: " + d.range() + " (" + d.lo() + " certain, " + (d.hi() - d.lo()) + " more possible); "
                + "reported: " + f.reported() + ".");
        notes.addAll(chain(data, f, d));
        List<Table.TableRow> rows = new ArrayList<>();
        List<Derivation.Verdict> sorted = new ArrayList<>(d.verdicts());
        sorted.sort(Comparator.comparing((Derivation.Verdict v) -> -v.truth().ordinal())
                .thenComparing(v -> v.row().id()));
        for (Derivation.Verdict v : sorted) {
            String verdict = v.truth() == Truth.YES ? "counts" : v.truth() == Truth.MAYBE ? "possibly" : "excluded";
            Tone tone = v.truth() == Truth.YES ? Tone.GOOD : v.truth() == Truth.MAYBE ? Tone.WARN : Tone.MUTED;
            List<Value> cells = new ArrayList<>(List.of(Value.text(verdict), Value.text(v.row().id())));
            if (distinct) {
                cells.add(Value.text(v.value()));
            }
            cells.add(Value.text(v.why()));
            rows.add(new Table.TableRow(cells, tone));
        }
        return new Table(cols, rows, notes);
    }

    /**
     * For a figure that hangs on records of uncertain date: those records, and for each the window the
     * subject's figures together imply and the figures that bound it (the chain constraining them).
     */
    static List<String> chain(Dataset data, Figure f, Derivation d) {
        if (d.lo() == d.hi()) {
            return List.of();
        }
        List<String> deciding = d.uncertain();
        List<String> out = new ArrayList<>();
        out.add("Deciding records: " + String.join(", ", deciding) + ".");
        for (JointProblem p : JointProblem.of(ReconcileContext.of(data))) {
            if (!p.subject.equals(f.subject())) {
                continue;
            }
            var readings = p.joint().implied().readings();
            if (readings.isEmpty()) {
                continue;
            }
            // The first largest reading that keeps this figure, if one does.
            var reading = readings.stream().filter(r -> !ImpliedReport.figures(p, r.setAside()).contains(f.id()))
                    .findFirst().orElse(readings.get(0));
            if (!reading.setAside().isEmpty()) {
                out.add("The figures of " + p.subject + " conflict; set aside: "
                        + String.join(", ", ImpliedReport.figures(p, reading.setAside())) + ".");
            }
            for (var w : reading.windows()) {
                if (!deciding.contains(w.item())) {
                    continue;
                }
                List<String> early = ImpliedReport.figures(p, w.boundingEarliest());
                List<String> late = ImpliedReport.figures(p, w.boundingLatest());
                out.add(w.item() + ": recorded " + w.recorded() + ", implied " + w.implied()
                        + (early.isEmpty() ? "" : "; earliest bounded by " + String.join(", ", early))
                        + (late.isEmpty() ? "" : "; latest bounded by " + String.join(", ", late)) + "."
                        + (w.undecided() ? " " + p.budgetReached("this window is not proven: it may be narrower") : ""));
            }
        }
        return out;
    }
}
