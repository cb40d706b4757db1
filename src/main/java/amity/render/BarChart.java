package amity.render;

import amity.table.Table;
import amity.table.Value;
import amity.text.Visible;
import amity.text.Width;
import amity.text.Wrap;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A horizontal bar chart of one measure per group: labels and values aligned by display width,
 * bars scaled to the width, the certain part of a range solid (█) and the possible part shaded (░).
 * Every line fits the width: labels too long for it are cut with …, the title and notes wrap.
 */
final class BarChart {
    private static final int MIN_AREA = 10;

    private BarChart() {
    }

    /** Draws to the options' chart width, in colour when they say so. */
    static void render(Table table, int labelColumn, int valueColumn, RenderOptions o, PrintWriter out) {
        int width = o.chartWidth();
        boolean color = o.color();
        int labelWidth = 0;
        int valueWidth = 0;
        BigDecimal max = BigDecimal.ZERO;
        boolean ranges = false;
        for (Table.TableRow r : table.rows()) {
            labelWidth = Math.max(labelWidth, Width.of(label(r, labelColumn)));
            Value v = r.cells().get(valueColumn);
            valueWidth = Math.max(valueWidth, Width.of(Cells.text(v, ", ")));
            max = max.max(hi(v));
            ranges |= lo(v).compareTo(hi(v)) != 0;
        }
        // Labels give way to a bar of at least MIN_AREA columns, so every line fits the width.
        labelWidth = Math.max(1, Math.min(labelWidth, width - valueWidth - 4 - MIN_AREA));
        int area = Math.max(MIN_AREA, width - labelWidth - valueWidth - 4);
        String title = table.columns().get(valueColumn).name() + " by " + table.columns().get(labelColumn).name();
        Wrap.lines(Visible.of(title), width).forEach(l -> out.print(l + "\n"));
        for (Table.TableRow r : table.rows()) {
            Value v = r.cells().get(valueColumn);
            int solid = scale(lo(v), max, area);
            int shaded = scale(hi(v), max, area) - solid;
            String bar = color ? "\u001b[36m" + "█".repeat(solid) + "\u001b[2m" + "░".repeat(shaded) + "\u001b[0m"
                    : "█".repeat(solid) + "░".repeat(shaded);
            out.print(Width.pad(Width.truncate(label(r, labelColumn), labelWidth), labelWidth, false) + "  "
                    + Width.pad(Cells.text(v, ", "), valueWidth, true) + "  " + bar + "\n");
        }
        if (ranges) {
            out.print("\n█ certain  ░ possible (dates that may fall in the bucket)\n");
        }
        Renderer.footer(table, width, out);
    }

    private static String label(Table.TableRow r, int col) {
        return Visible.of(Cells.text(r.cells().get(col), ", "));
    }

    private static BigDecimal lo(Value v) {
        return v instanceof Value.Range r ? r.lo() : v instanceof Value.Num n ? n.number() : BigDecimal.ZERO;
    }

    private static BigDecimal hi(Value v) {
        return v instanceof Value.Range r ? r.hi() : v instanceof Value.Num n ? n.number() : BigDecimal.ZERO;
    }

    private static int scale(BigDecimal v, BigDecimal max, int area) {
        if (max.signum() <= 0) {
            return 0;
        }
        return v.multiply(BigDecimal.valueOf(area)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }
}
