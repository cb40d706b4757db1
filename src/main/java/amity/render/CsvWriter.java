package amity.render;

import amity.query.FieldType;
import amity.query.Value;
import amity.report.Column;
import amity.report.Table;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV and TSV through jackson-dataformat-csv: RFC 4180 quoting, "\n" line ends, a header row, dates
 * as written plus _earliest/_latest columns, lists joined with "; ", and text cells that a spreadsheet
 * would run as formulas guarded with a leading '.
 */
final class CsvWriter {
    // The streaming factory, not CsvMapper: databind costs start-up time and is not needed to write rows.
    private static final CsvFactory FACTORY = new CsvFactory();

    private CsvWriter() {
    }

    static void write(Table table, RenderOptions o, PrintWriter out) {
        List<String> header = new ArrayList<>();
        for (Column c : table.columns()) {
            header.add(c.name());
            if (c.type() == FieldType.DATE) {
                header.add(c.name() + "_earliest");
                header.add(c.name() + "_latest");
            }
        }
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
                writeRow(g, header);
            }
            for (Table.TableRow r : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    Column c = table.columns().get(i);
                    Value v = r.cells().get(i);
                    String text = Cells.text(v, "; ");
                    boolean numeric = c.type() == FieldType.NUMBER || c.type() == FieldType.RANGE;
                    cells.add(numeric || o.raw() ? text : guard(text));
                    if (c.type() == FieldType.DATE) {
                        if (v instanceof Value.Date d) {
                            cells.add(d.date().openStart() ? "" : d.date().earliest().toString());
                            cells.add(d.date().openEnd() ? "" : d.date().latest().toString());
                        } else {
                            cells.add("");
                            cells.add("");
                        }
                    }
                }
                writeRow(g, cells);
            }
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(JsonGenerator g, List<String> cells) throws IOException {
        g.writeStartArray();
        for (String c : cells) {
            g.writeString(c);
        }
        g.writeEndArray();
    }

    /** A cell a spreadsheet would take for a formula gets a leading apostrophe (OWASP's advice). */
    static String guard(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
