package amity.table;

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

    /** The table cut to the named columns (columns of this table), in that order. */
    public Table project(List<String> kept) {
        List<String> names = columns.stream().map(Column::name).toList();
        List<Integer> idx = new ArrayList<>();
        for (String name : kept) {
            idx.add(names.indexOf(name));
        }
        List<Column> cols = idx.stream().map(columns::get).toList();
        List<TableRow> cut = rows.stream().map(r -> new TableRow(idx.stream().map(r.cells()::get).toList(),
                r.tone())).toList();
        return new Table(cols, cut, notes);
    }
}
