package amity.report;

import amity.query.Field;
import amity.query.Projection;
import amity.query.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's result, neutral of format: named, typed columns and rows of values. Renderers turn it
 * into a terminal table, CSV, JSON and the rest; {@code notes} are lines for the reader (which date
 * rule was used, what was left out) that go to stderr or a footer, never into data formats' cells.
 */
public record Table(List<Column> columns, List<TableRow> rows, List<String> notes) {

    /** One row: its values in column order, and its tone. */
    public record TableRow(List<Value> cells, Tone tone) {
    }

    /** The columns as fields, so --fields and --sort can name them. */
    public List<Field> fields() {
        return columns.stream().map(c -> new Field(c.name(), c.type(), "")).toList();
    }

    /** The table cut to the projection's columns (fields of this table), in its order. */
    public Table project(Projection p) {
        List<String> names = columns.stream().map(Column::name).toList();
        List<Integer> idx = new ArrayList<>();
        for (Field f : p.fields()) {
            idx.add(names.indexOf(f.name()));
        }
        List<Column> cols = idx.stream().map(columns::get).toList();
        List<TableRow> kept = rows.stream().map(r -> new TableRow(idx.stream().map(r.cells()::get).toList(),
                r.tone())).toList();
        return new Table(cols, kept, notes);
    }
}
