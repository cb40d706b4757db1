package amity.render;

import amity.query.FieldType;
import amity.report.Column;
import amity.report.Table;
import amity.text.Visible;
import java.io.PrintWriter;
import java.util.List;

/** A GitHub pipe table: | in cells escaped, newlines as <br>, numbers right-aligned. */
final class MarkdownWriter {
    private MarkdownWriter() {
    }

    static void write(Table table, RenderOptions o, PrintWriter out) {
        List<Column> cols = table.columns();
        if (o.header()) {
            StringBuilder h = new StringBuilder("|");
            StringBuilder rule = new StringBuilder("|");
            for (Column c : cols) {
                h.append(' ').append(cell(c.name())).append(" |");
                boolean right = c.type() == FieldType.NUMBER || c.type() == FieldType.RANGE;
                rule.append(right ? " ---: |" : " --- |");
            }
            out.print(h + "\n" + rule + "\n");
        }
        for (Table.TableRow r : table.rows()) {
            StringBuilder sb = new StringBuilder("|");
            for (int i = 0; i < cols.size(); i++) {
                sb.append(' ').append(cell(Cells.text(r.cells().get(i), ", "))).append(" |");
            }
            out.print(sb + "\n");
        }
        Renderer.footer(table, out);
    }

    private static String cell(String s) {
        String t = s.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>");
        return Visible.of(t);
    }
}
