package amity.report.reconcile;

import amity.model.Dataset;
import amity.model.Figure;
import amity.solve.Bounds;
import amity.solve.Claim;
import amity.solve.Conflict;
import amity.solve.Joint;
import amity.solve.Window;
import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * `reconcile --explain KEY` for a joint finding: the figures in the set, each deciding record with its
 * recorded date and the window each figure alone would allow it, and one sentence on why the set
 * cannot hold at once.
 */
public final class JointExplain {
    private JointExplain() {
    }

    /** The columns, in order: one row per deciding record and figure of the set. */
    public static final List<Column> COLUMNS = List.of(new Column("record", FieldType.TEXT),
            new Column("recorded", FieldType.DATE), new Column("figure", FieldType.TEXT),
            new Column("alone_allows", FieldType.DATE));

    /** The explanation of joint finding {@code f} over {@code data}; empty when its set is no longer found. */
    public static Optional<Table> table(Dataset data, Finding f) {
        for (JointProblem p : JointProblem.of(ReconcileContext.of(data))) {
            if (!p.subject.equals(f.subject())) {
                continue;
            }
            for (Conflict c : p.joint().conflicts().sets()) {
                if (ImpliedReport.figures(p, c.claims()).equals(f.figures())) {
                    return Optional.of(table(data, p, c, f));
                }
            }
        }
        return Optional.empty();
    }

    private static Table table(Dataset data, JointProblem p, Conflict c, Finding finding) {
        List<String> notes = new ArrayList<>();
        notes.add("Finding " + finding.key() + ": the figures of " + p.subject + " that cannot all hold at once:");
        for (String claim : c.claims()) {
            for (Figure f : p.figures.get(claim)) {
                notes.add("  " + f.id() + ": " + f.reported() + " " + f.metric() + " as of " + f.asOf() + " ("
                        + f.source() + ").");
            }
        }
        List<String> said = new ArrayList<>();
        // The windows each claim alone allows, solved once per claim.
        Map<String, List<Window>> alone = new LinkedHashMap<>();
        for (String claim : c.claims()) {
            Claim one = p.claims.stream().filter(x -> x.id().equals(claim)).findFirst().orElseThrow();
            said.add(label(p, claim) + " " + needs(one, p.figures.get(claim).get(0)));
            var readings = Joint.of(p.items, List.of(one), p.budget).implied().readings();
            alone.put(claim, readings.isEmpty() ? List.of() : readings.get(0).windows());
        }
        List<Table.TableRow> rows = new ArrayList<>();
        for (String item : c.items()) {
            if (item.contains(JointProblem.FREE)) {
                continue;
            }
            var recorded = data.agreement(item).orElseThrow().effectiveSigned();
            for (String claim : c.claims()) {
                var allows = alone.get(claim).stream().filter(w -> w.item().equals(item)).findFirst()
                        .map(Window::implied).orElse(recorded);
                rows.add(new Table.TableRow(List.of(Value.text(item), Value.date(recorded),
                        Value.text(label(p, claim)), Value.date(allows)), Tone.NORMAL));
            }
        }
        notes.add("They cannot all hold: " + String.join("; ", said) + "; no signing dates within the records' own "
                + "windows meet all of these at once.");
        return new Table(COLUMNS, rows, notes);
    }

    /** The figures behind a claim: one id, or "A to B" for a series step. */
    private static String label(JointProblem p, String claim) {
        return String.join(" to ", ImpliedReport.figures(p, List.of(claim)));
    }

    /** What a claim asks of its uncertain records, in words. */
    private static String needs(Claim claim, Figure figure) {
        if (claim instanceof Claim.Count c) {
            String counted = c.tally().distinct()
                    ? " new " + figure.counts().map(x -> x.distinct()).orElse("value") + " values among " : " of ";
            return "needs " + many(c.bounds()) + counted + String.join(", ", records(c.tally().items())) + " signed by "
                    + c.tally().asOf();
        }
        if (claim instanceof Claim.Step s) {
            return "needs " + many(s.bounds()) + " of " + String.join(", ", s.items()) + " signed after " + s.from()
                    + " and by " + s.to();
        }
        if (claim instanceof Claim.Rank r) {
            return "needs " + many(r.earlier()) + " of " + String.join(", ", r.items()) + " signed before "
                    + r.item() + " (beside those certainly earlier)";
        }
        if (claim instanceof Claim.Dated d) {
            return "needs " + d.item() + " signed within " + d.window();
        }
        return "bounds a sum of counts to " + ((Claim.Linear) claim).bounds();
    }

    private static List<String> records(List<String> items) {
        return items.stream().map(JointProblem::record).distinct().toList();
    }

    private static String many(Bounds b) {
        if (!b.bounded()) {
            return "at least " + b.lo();
        }
        if (b.lo() == b.hi()) {
            return "exactly " + b.lo();
        }
        return b.lo() == 0 ? "at most " + b.hi() : "between " + b.lo() + " and " + b.hi();
    }
}
