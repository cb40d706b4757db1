package amity.render;

import amity.query.FieldType;
import amity.report.Column;
import amity.report.Table;
import amity.report.Tone;
import amity.text.Visible;
import amity.text.Width;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal table: columns two spaces apart, padded by display width, numbers right-aligned, a
 * rule of ─ under the header, cells cut with … to fit a terminal's width, colour by tone when asked.
 */
final class TableWriter {
    private static final int MIN_COLUMN = 6;
    private static final String RESET = "\u001b[0m";

    private TableWriter() {
    }

    static void write(Table table, RenderOptions o, PrintWriter out) {
        List<Column> cols = table.columns();
        int n = cols.size();
        List<List<String>> cells = new ArrayList<>();
        for (Table.TableRow r : table.rows()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                row.add(Visible.of(Cells.text(r.cells().get(i), ", ")));
            }
            cells.add(row);
        }
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = o.header() ? Width.of(cols.get(i).name()) : 0;
            for (List<String> row : cells) {
                widths[i] = Math.max(widths[i], Width.of(row.get(i)));
            }
        }
        if (o.width() > 0 && !o.wide()) {
            fit(widths, o.width());
        }
        if (o.header()) {
            List<String> names = cols.stream().map(c -> Visible.of(c.name())).toList();
            line(names, cols, widths, out, o.color() ? "\u001b[1m" : "");
            List<String> rules = new ArrayList<>();
            for (int w : widths) {
                rules.add("─".repeat(w));
            }
            line(rules, cols, widths, out, "");
        }
        for (int r = 0; r < cells.size(); r++) {
            line(cells.get(r), cols, widths, out, o.color() ? sgr(table.rows().get(r).tone()) : "");
        }
        Renderer.footer(table, out);
    }

    /** Shrinks the widest columns, one column at a time, until the row fits {@code width}. */
    private static void fit(int[] widths, int width) {
        while (true) {
            int total = 2 * (widths.length - 1);
            int widest = 0;
            for (int i = 0; i < widths.length; i++) {
                total += widths[i];
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            if (total <= width || widths[widest] <= MIN_COLUMN) {
                return;
            }
            widths[widest] = Math.max(MIN_COLUMN, widths[widest] - (total - width));
        }
    }

    private static void line(List<String> cells, List<Column> cols, int[] widths, PrintWriter out, String style) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String s = Width.truncate(cells.get(i), widths[i]);
            boolean right = cols.get(i).type() == FieldType.NUMBER || cols.get(i).type() == FieldType.RANGE;
            boolean last = i == cells.size() - 1;
            sb.append(last && !right ? s : Width.pad(s, widths[i], right));
            if (!last) {
                sb.append("  ");
            }
        }
        String text = sb.toString();
        out.print(style.isEmpty() ? text : style + text + RESET);
        out.print('\n');
    }

    static String sgr(Tone tone) {
        return switch (tone) {
            case GOOD -> "\u001b[32m";
            case WARN -> "\u001b[33m";
            case BAD -> "\u001b[31m";
            case MUTED -> "\u001b[2m";
            case NORMAL -> "";
        };
    }
}
