package amity.render;

import amity.report.reconcile.Timeline;
import amity.text.Visible;
import amity.text.Width;
import amity.text.Wrap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * `reconcile --chart` in a terminal: per series, one line a year with the records' count as a bar
 * (certain part █, possible part ░) and each reported figure marked ● where its value falls, its
 * label beside the bar when it fits and under it when not. Every line fits the chart width. The
 * scale is the records' (a figure up to twice their count widens it); a figure beyond is marked » at
 * the end of the bar and labelled as off the scale.
 */
final class TimelineChart {
    private static final String LEGEND = "█ records certainly signed by the end of the year  ░ possibly  "
            + "● a reported figure";
    private static final String OFF_LEGEND = "» a reported figure off the scale";

    private TimelineChart() {
    }

    /** Draws to the options' chart width, in colour when they say so. */
    static void render(List<Timeline> timelines, RenderOptions o, PrintWriter out) {
        int width = o.chartWidth();
        boolean color = o.color();
        boolean anyOff = false;
        for (Timeline t : timelines) {
            double max = scaleMax(t);
            int rangeWidth = 1;
            for (Timeline.Year y : t.years()) {
                rangeWidth = Math.max(rangeWidth, range(y).length());
            }
            String lead = " ".repeat(4 + 2 + rangeWidth + 2);
            int area = Math.max(10, width - lead.length() - 1);
            Wrap.lines(Visible.of(t.title()), width).forEach(l -> out.print(l + "\n"));
            for (Timeline.Year y : t.years()) {
                char[] bar = new char[area + 1];
                Arrays.fill(bar, ' ');
                int lo = scale(y.lo(), max, area);
                int hi = scale(y.hi(), max, area);
                for (int i = 0; i < hi; i++) {
                    bar[i] = i < lo ? '█' : '░';
                }
                List<String> labels = new ArrayList<>();
                for (Timeline.Point p : t.points()) {
                    if ((int) Math.floor(p.when()) == y.year()) {
                        boolean off = p.value() > max;
                        anyOff |= off;
                        bar[off ? area : Math.min(area, scale(p.value(), max, area))] = off ? '»' : '●';
                        labels.add(Visible.of(p.reported()) + " (" + Visible.of(p.source()) + ", " + p.whenText()
                                + ")" + (off ? ", off the scale" : ""));
                    }
                }
                String line = String.format(Locale.ROOT, "%d  %" + rangeWidth + "s  %s", y.year(), range(y),
                        new String(bar).stripTrailing());
                String label = String.join("; ", labels);
                List<String> lines = new ArrayList<>();
                if (labels.isEmpty()) {
                    lines.add(line);
                } else if (Width.of(line) + 2 + Width.of(label) <= width) {
                    lines.add(line + "  " + label);
                } else {
                    lines.add(line);
                    lines.addAll(Wrap.indented(label, lead, width));
                }
                for (String l : lines) {
                    out.print((color ? l.replace("●", "\u001b[1;31m●\u001b[0m").replace("»", "\u001b[1;31m»\u001b[0m")
                            : l) + "\n");
                }
            }
            out.print("\n");
        }
        for (String l : Wrap.lines(LEGEND + (anyOff ? "  " + OFF_LEGEND : ""), width)) {
            out.print(l + "\n");
        }
    }

    /** The records' highest count, widened to take the figures up to twice it. */
    static double scaleMax(Timeline t) {
        double band = 0;
        for (Timeline.Year y : t.years()) {
            band = Math.max(band, y.hi());
        }
        double max = band;
        for (Timeline.Point p : t.points()) {
            if (band == 0 || p.value() <= 2 * band) {
                max = Math.max(max, p.value());
            }
        }
        return Math.max(1, max);
    }

    private static String range(Timeline.Year y) {
        return y.lo() == y.hi() ? String.valueOf(y.lo()) : y.lo() + ".." + y.hi();
    }

    private static int scale(double v, double max, int area) {
        return (int) Math.round(v * area / max);
    }
}
