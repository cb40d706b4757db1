package amity.report;

import amity.model.DateInterval;
import amity.model.Truth;
import amity.query.Catalog;
import amity.query.Expression;
import amity.query.Field;
import amity.query.ValueRow;
import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The part every query command shares: keep the rows an expression holds for (certainly, or possibly
 * with --include-possible) as they stood at --as-of, sort them, cut them to --limit and project
 * them onto the chosen columns.
 */
public record Query(Catalog catalog, Expression where, DateInterval asOf, boolean includePossible,
        Comparator<? super ValueRow> order, List<Field> columns, int limit) {

    /** The kept rows with their truth, before projection; aggregate starts from these. */
    public List<Kept> select(List<ValueRow> rows) {
        List<Kept> kept = new ArrayList<>();
        for (ValueRow r : rows) {
            Truth t = where.test(r);
            if (asOf != null) {
                t = t.and(AsOf.holds(r.record(), asOf));
            }
            if (t == Truth.YES || (includePossible && t == Truth.MAYBE)) {
                kept.add(new Kept(r, t));
            }
        }
        kept.sort(Comparator.comparing(Kept::row, order));
        return limit > 0 && kept.size() > limit ? kept.subList(0, limit) : kept;
    }

    /** A row that passed, and whether it certainly or only possibly did. */
    public record Kept(ValueRow row, Truth truth) {
    }

    /** The selected rows as a table; with --include-possible a `match` column says which only possibly hold. */
    public Table table(List<ValueRow> rows, Function<ValueRow, Tone> tone) {
        List<Column> cols = new ArrayList<>();
        if (includePossible) {
            cols.add(new Column("match", FieldType.TEXT));
        }
        for (Field f : columns) {
            cols.add(new Column(f.name(), f.type()));
        }
        List<Table.TableRow> out = new ArrayList<>();
        for (Kept k : select(rows)) {
            List<Value> cells = new ArrayList<>();
            if (includePossible) {
                cells.add(Value.text(k.truth() == Truth.YES ? "certain" : "possible"));
            }
            for (Field f : columns) {
                cells.add(k.row().get(f.name()));
            }
            out.add(new Table.TableRow(cells, tone.apply(k.row())));
        }
        List<String> notes = new ArrayList<>();
        if (asOf != null || !where.fieldsUsed().isEmpty()) {
            notes.add(includePossible ? "Rows shown where the conditions certainly or possibly hold (match column)."
                    : "Rows shown where the conditions certainly hold; --include-possible adds those that possibly do.");
        }
        return new Table(cols, out, notes);
    }
}
