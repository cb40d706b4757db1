package amity.report.reconcile;

import amity.model.Agreement;
import amity.model.Dataset;
import amity.model.Figure;
import amity.model.Truth;
import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * `reconcile --explain KEY` for a finding that is not joint: a rank's peers and which came before the
 * ranked tie, a breakdown's records inside and outside the named parts, a series step's two figures,
 * else the figure the finding is about as `--explain FIGURE` shows it. Empty when it names no figure.
 */
public final class FindingExplain {
    private FindingExplain() {
    }

    public static Optional<Table> table(Dataset data, Finding f) {
        List<Figure> figures = figures(data, f);
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        Figure first = figures.get(0);
        if (f.check().equals(RankCheck.NAME) && !first.rankOf().isEmpty()) {
            return data.agreement(first.rankOf()).map(target -> rank(data, first, target, f));
        }
        if (f.check().equals(BreakdownCheck.NAME)) {
            return Optional.of(breakdown(data, first, f));
        }
        if (figures.size() > 1) {
            return Optional.of(several(data, figures));
        }
        return Optional.of(Explain.table(data, first));
    }

    /** The figures a finding names: its figures, else the id its key ends with. */
    private static List<Figure> figures(Dataset data, Finding f) {
        List<String> ids = f.figures().isEmpty() ? List.of(f.key().substring(f.key().indexOf('/') + 1)) : f.figures();
        List<Figure> out = new ArrayList<>();
        ids.forEach(id -> data.figure(id).ifPresent(out::add));
        return out;
    }

    private static Table rank(Dataset data, Figure f, Agreement target, Finding finding) {
        List<Column> cols = List.of(new Column("verdict", FieldType.TEXT), new Column("id", FieldType.TEXT),
                new Column("signed", FieldType.DATE));
        List<Table.TableRow> rows = new ArrayList<>();
        List<Agreement> peers = new ArrayList<>(RankCheck.peers(data, f.subject(), target));
        peers.sort(Comparator.comparing(Agreement::id));
        List<Table.TableRow> later = new ArrayList<>();
        for (Agreement a : peers) {
            Truth t = a.effectiveSigned().before(target.effectiveSigned());
            String verdict = t == Truth.YES ? "before" : t == Truth.MAYBE ? "possibly"
                    : a.effectiveSigned().sameAs(target.effectiveSigned()) == Truth.YES ? "same day" : "after";
            Tone tone = t == Truth.YES ? Tone.GOOD : t == Truth.MAYBE ? Tone.WARN : Tone.MUTED;
            Table.TableRow row = new Table.TableRow(List.of(Value.text(verdict), Value.text(a.id()),
                    Value.date(a.effectiveSigned())), tone);
            (t == Truth.NO ? later : rows).add(row);
        }
        rows.sort(Comparator.comparing((Table.TableRow r) -> r.cells().get(0).asText(", ")));
        rows.addAll(later);
        List<String> notes = new ArrayList<>();
        notes.add("Figure " + f.id() + ": " + target.id() + " is number " + f.reported() + " (" + f.source() + ").");
        notes.add("Ranked by signing date among " + f.subject() + "'s " + target.level() + " " + target.type()
                + " agreements: " + target.id() + " signed " + target.effectiveSigned() + ", " + peers.size()
                + " others; ties signed the same day share a rank.");
        notes.add("Derived: " + range(finding) + "; reported: " + f.reported() + ". " + finding.explanation());
        return new Table(cols, rows, notes);
    }

    private static Table breakdown(Dataset data, Figure total, Finding finding) {
        List<Figure> parts = data.figures().stream().filter(p -> p.partOf().equals(total.id())).toList();
        List<Column> cols = List.of(new Column("verdict", FieldType.TEXT), new Column("id", FieldType.TEXT),
                new Column("value", FieldType.TEXT), new Column("parts", FieldType.TEXT));
        List<Table.TableRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add("Breakdown " + total.id() + ": " + total.reported() + " as of " + total.asOf() + " (" + total.source()
                + "), parts: " + String.join(", ", parts.stream().map(p -> p.id() + " " + p.reported()).toList())
                + ".");
        for (BreakdownCheck.Member m : BreakdownCheck.members(data, total, parts)) {
            Tone tone = m.verdict().equals("outside") ? Tone.WARN : m.verdict().equals("in a part") ? Tone.GOOD
                    : Tone.MUTED;
            rows.add(new Table.TableRow(List.of(Value.text(m.verdict()), Value.text(m.id()), Value.text(m.value()),
                    Value.texts(m.parts())), tone));
        }
        rows.sort(Comparator.comparing((Table.TableRow r) -> order(r.cells().get(0).asText(", ")))
                .thenComparing(r -> r.cells().get(1).asText(", ")));
        notes.add("Remainder: " + finding.explanation());
        return new Table(cols, rows, notes);
    }

    private static int order(String verdict) {
        return List.of("outside", "possibly outside", "in a part", "possibly in a part", "excluded").indexOf(verdict);
    }

    /** Two or more figures (a series step): each one's records, under a column naming the figure. */
    private static Table several(Dataset data, List<Figure> figures) {
        List<Column> cols = List.of(new Column("figure", FieldType.TEXT), new Column("verdict", FieldType.TEXT),
                new Column("id", FieldType.TEXT), new Column("why", FieldType.TEXT));
        List<Table.TableRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Figure f : figures) {
            Table t = Explain.table(data, f);
            for (Table.TableRow r : t.rows()) {
                List<Value> c = r.cells();
                rows.add(new Table.TableRow(List.of(Value.text(f.id()), c.get(0), c.get(1), c.get(c.size() - 1)),
                        r.tone()));
            }
            notes.addAll(t.notes());
        }
        return new Table(cols, rows, notes);
    }

    private static String range(Finding f) {
        if (f.derivedLo() == null) {
            return "nothing";
        }
        return f.derivedLo().compareTo(f.derivedHi()) == 0 ? f.derivedLo().toPlainString()
                : f.derivedLo().toPlainString() + ".." + f.derivedHi().toPlainString();
    }
}
