package amity.render;

import amity.table.Column;
import amity.table.Table;
import amity.text.Visible;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV through jackson-dataformat-csv: RFC 4180 quoting, "\n" line ends, a header row, columns laid
 * out by {@link FlatColumns} (dates and ranges in several columns), lists joined with "; "; on a
 * terminal, control and invisible characters are shown escaped.
 */
final class CsvWriter {
    // The streaming factory, not CsvMapper: databind costs start-up time and is not needed to write rows.
    private static final CsvFactory FACTORY = new CsvFactory();

    private CsvWriter() {
    }

    static void write(Table table, RenderOptions o, PrintWriter out) {
        List<String> header = header(table, o.raw());
        CsvSchema.Builder b = CsvSchema.builder().setColumnSeparator(o.delimiter()).setLineSeparator("\n")
                .setUseHeader(false);
        header.forEach(b::addColumn);
        CsvSchema schema = b.build();
        try {
            if (o.bom()) {
                out.print('\uFEFF');
            }
            JsonGenerator g = FACTORY.createGenerator(out);
            ((CsvGenerator) g).setSchema(schema);
            // Quote a cell only when RFC 4180 needs it, not every cell longer than 24 characters.
            ((CsvGenerator) g).enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (o.header()) {
                writeRow(g, shown(header, o));
            }
            for (Table.TableRow r : table.rows()) {
                writeRow(g, shown(row(table, r, o.raw()), o));
            }
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header cells of a flat format: every column's, in order; guarded too, since a cross-tab's come from data. */
    static List<String> header(Table table, boolean raw) {
        return table.columns().stream().flatMap(c -> FlatColumns.headers(c).stream())
                .map(h -> raw ? h : FlatColumns.guard(h)).toList();
    }

    /** One row's cells in a flat format. */
    static List<String> row(Table table, Table.TableRow r, boolean raw) {
        List<Column> cols = table.columns();
        return java.util.stream.IntStream.range(0, cols.size())
                .mapToObj(i -> FlatColumns.cells(cols.get(i), r.cells().get(i), raw))
                .flatMap(List::stream).toList();
    }

    /**
     * Cells as a terminal must show them: control and invisible characters escaped as in tables (an
     * ESC in the data must not drive the terminal); to a file or a pipe they stay data, byte for byte.
     */
    static List<String> shown(List<String> cells, RenderOptions o) {
        return o.toTerminal() ? cells.stream().map(Visible::of).toList() : cells;
    }

    private static void writeRow(JsonGenerator g, List<String> cells) throws IOException {
        g.writeStartArray();
        for (String c : cells) {
            g.writeString(c);
        }
        g.writeEndArray();
    }
}
