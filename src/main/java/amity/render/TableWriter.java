package amity.render;

import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.text.Visible;
import amity.text.Width;
import amity.text.Wrap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The terminal table: columns two spaces apart, padded by display width, numbers right-aligned, a
 * rule of ─ under the header, colour by tone when asked. To fit a terminal's width it first cuts the
 * headers to what their values need, then shrinks the free-text columns, then the other text, and
 * only then numbers and dates; ids and keys stay whole. A free-text last column wraps onto more
 * lines; other cut cells end in ….
 */
final class TableWriter {
    /** The narrowest a header is cut to (four letters and …), however narrow its values. */
    private static final int MIN_HEADER = 5;
    /** The narrowest a free-text column is shrunk to. */
    private static final int MIN_FREE_TEXT = 16;
    /** The narrowest another text column is shrunk to. */
    private static final int MIN_TEXT = 6;
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
        int[] values = new int[n];
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            for (List<String> row : cells) {
                values[i] = Math.max(values[i], Width.of(row.get(i)));
            }
            widths[i] = Math.max(values[i], o.header() ? Width.of(Visible.of(cols.get(i).name())) : 0);
        }
        boolean bounded = o.width() > 0 && !o.wide();
        boolean wrapLast = bounded && n > 0 && cols.get(n - 1).freeText();
        if (bounded && total(widths) > o.width()) {
            for (int i = 0; i < n; i++) {
                widths[i] = Math.max(values[i], Math.min(widths[i], MIN_HEADER));
            }
            shrink(widths, o.width(), MIN_FREE_TEXT, i -> cols.get(i).freeText());
            shrink(widths, o.width(), MIN_TEXT, i -> !cols.get(i).identifies() && !cols.get(i).freeText()
                    && (cols.get(i).type() == FieldType.TEXT || cols.get(i).type() == FieldType.LIST));
            // Still too wide: any column but an id and the wrapped one, free text first.
            shrink(widths, o.width(), MIN_TEXT, i -> cols.get(i).freeText() && !(wrapLast && i == n - 1));
            shrink(widths, o.width(), MIN_TEXT, i -> !cols.get(i).identifies() && !(wrapLast && i == n - 1));
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
            String style = o.color() ? sgr(table.rows().get(r).tone()) : "";
            List<String> row = cells.get(r);
            if (!wrapLast || Width.of(row.get(n - 1)) <= widths[n - 1]) {
                line(row, cols, widths, out, style);
                continue;
            }
            // The last column's text continues on lines of its own, under where it starts.
            List<String> wrapped = Wrap.lines(row.get(n - 1), widths[n - 1]);
            for (int k = 0; k < wrapped.size(); k++) {
                List<String> part = new ArrayList<>();
                for (int i = 0; i < n - 1; i++) {
                    part.add(k == 0 ? row.get(i) : "");
                }
                part.add(wrapped.get(k));
                line(part, cols, widths, out, style);
            }
        }
        if (bounded) {
            Renderer.footer(table, o.width(), out);
        } else {
            Renderer.footer(table, out);
        }
    }

    private static int total(int[] widths) {
        int total = 2 * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        return total;
    }

    /**
     * Shrinks the widest of the columns {@code which} takes, one at a time and never below {@code floor},
     * until the row fits {@code width} or none of them can give more.
     */
    private static void shrink(int[] widths, int width, int floor, IntPredicate which) {
        while (total(widths) > width) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (which.test(i) && widths[i] > floor && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return;
            }
            int next = floor;
            for (int i = 0; i < widths.length; i++) {
                if (i != widest && which.test(i) && widths[i] < widths[widest]) {
                    next = Math.max(next, widths[i]);
                }
            }
            // Down to the next widest column (so equals shrink together), or as far as the row needs.
            widths[widest] = Math.max(next, widths[widest] - (total(widths) - width));
        }
    }

    private static void line(List<String> cells, List<Column> cols, int[] widths, PrintWriter out, String style) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String s = Width.truncate(cells.get(i), widths[i]);
            boolean right = Cells.numeric(cols.get(i));
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
