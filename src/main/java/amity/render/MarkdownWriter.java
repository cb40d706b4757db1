package amity.render;

import amity.table.Column;
import amity.table.Table;
import amity.text.Visible;
import java.io.PrintWriter;
import java.util.List;

/**
 * A GitHub pipe table: every character Markdown or HTML would act on (\ * _ ` [ ] < > | &) escaped
 * with a backslash, so data renders as the text it is; newlines as amity's own <br>; numbers
 * right-aligned.
 */
final class MarkdownWriter {
    private static final String ACTIVE = "\\*_`[]<>|&";

    private MarkdownWriter() {
    }

    static void write(Table table, RenderOptions o, PrintWriter out) {
        List<Column> cols = table.columns();
        if (o.header()) {
            StringBuilder h = new StringBuilder("|");
            StringBuilder rule = new StringBuilder("|");
            for (Column c : cols) {
                h.append(' ').append(cell(c.name())).append(" |");
                rule.append(Cells.numeric(c) ? " ---: |" : " --- |");
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
        // Notes quote data (a stale acknowledgement's key): escaped like the cells.
        if (!table.notes().isEmpty()) {
            out.print('\n');
            table.notes().forEach(n -> out.print(cell(n) + "\n"));
        }
    }

    static String cell(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ACTIVE.indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                continue;
            } else if (c == '\n') {
                sb.append("<br>");
            } else {
                sb.append(c);
            }
        }
        return Visible.of(sb.toString());
    }
}
