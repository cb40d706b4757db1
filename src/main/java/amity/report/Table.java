package amity.report;

import amity.query.Value;
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
}
