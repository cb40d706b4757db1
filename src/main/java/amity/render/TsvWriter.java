package amity.render;

import amity.table.Table;
import java.io.PrintWriter;
import java.util.List;

/**
 * TSV as Miller, PostgreSQL's COPY and the IANA text/tab-separated-values type read it: never quoted,
 * one record a line, fields apart by a tab, and a tab, newline, CR or backslash inside a value written
 * as \t, \n, \r, \\; columns laid out as in CSV (and, on a terminal, escaped as in CSV).
 */
final class TsvWriter {
    private TsvWriter() {
    }

    // Hand-written: Jackson's CSV writer quotes, and no TSV library here writes COPY's escapes.
    static void write(Table table, RenderOptions o, PrintWriter out) {
        if (o.bom()) {
            out.print('\uFEFF');
        }
        if (o.header()) {
            line(CsvWriter.header(table, o.raw()), o, out);
        }
        for (Table.TableRow r : table.rows()) {
            line(CsvWriter.row(table, r, o.raw()), o, out);
        }
    }

    private static void line(List<String> cells, RenderOptions o, PrintWriter out) {
        out.print(String.join("\t", CsvWriter.shown(cells.stream().map(TsvWriter::escape).toList(), o)) + "\n");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
