package amity.render;

import amity.report.Timeline;
import amity.text.Visible;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * `reconcile --chart` in a terminal: per series, one line a year with the records' count as a bar
 * (certain part █, possible part ░) and each reported figure marked ● where its value falls.
 */
public final class TimelineChart {
    private TimelineChart() {
    }

    /** Draws to the options' chart width (at most 120 columns), in colour when they say so. */
    public static void render(List<Timeline> timelines, RenderOptions o, PrintWriter out) {
        int width = o.chartWidth();
        boolean color = o.color();
        for (Timeline t : timelines) {
            double max = 1;
            for (Timeline.Year y : t.years()) {
                max = Math.max(max, y.hi());
            }
            for (Timeline.Point p : t.points()) {
                max = Math.max(max, p.value());
            }
            int area = Math.max(10, Math.min(width, 120) - 14 - 40);
            out.print(Visible.of(t.title()) + "\n");
            for (Timeline.Year y : t.years()) {
                char[] bar = new char[area + 1];
                java.util.Arrays.fill(bar, ' ');
                int lo = scale(y.lo(), max, area);
                int hi = scale(y.hi(), max, area);
                for (int i = 0; i < hi; i++) {
                    bar[i] = i < lo ? '█' : '░';
                }
                StringBuilder labels = new StringBuilder();
                for (Timeline.Point p : t.points()) {
                    if ((int) Math.floor(p.when()) == y.year()) {
                        bar[Math.min(area, scale(p.value(), max, area))] = '●';
                        labels.append(labels.length() == 0 ? "  " : "; ").append(Visible.of(p.reported()))
                                .append(" (").append(Visible.of(p.source())).append(", ").append(p.whenText()).append(')');
                    }
                }
                String range = y.lo() == y.hi() ? String.valueOf(y.lo()) : y.lo() + ".." + y.hi();
                String line = String.format(Locale.ROOT, "%d  %7s  %s", y.year(), range, new String(bar).stripTrailing());
                if (color && labels.length() > 0) {
                    line = line.replace("●", "\u001b[1;31m●\u001b[0m");
                }
                out.print(line + labels + "\n");
            }
            out.print("\n");
        }
        out.print("█ records certainly signed by the end of the year  ░ possibly  ● a reported figure\n");
    }

    private static int scale(double v, double max, int area) {
        return (int) Math.round(v * area / max);
    }
}
