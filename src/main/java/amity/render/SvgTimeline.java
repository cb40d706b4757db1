package amity.render;

import amity.report.reconcile.Timeline;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * `reconcile --chart --format svg`: the same timelines as a standalone SVG file a browser opens:
 * per series, the records' count as a band (possible) over a line (certain), each reported figure a
 * labelled point with its source, and a legend. Axes tick at round numbers; the panel spans the
 * band and the points, however few dates; labels stand clear of the band and of each other (stacked,
 * with a leader line to their point when moved); a figure off the scale is a triangle at the top.
 */
final class SvgTimeline {
    private static final int W = 900;
    private static final int H = 320;
    private static final int PAD = 60;
    private static final int RIGHT = 20;
    /** A generous average advance of the 11px sans-serif labels, so boxes never underestimate. */
    private static final double CHAR = 6.6;
    private static final double LABEL_H = 13;

    private SvgTimeline() {
    }

    static void render(List<Timeline> timelines, PrintWriter out) {
        int height = Math.max(1, timelines.size()) * (H + 30) + 60;
        out.print(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n", W, height, W, height));
        out.print("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        legend(out);
        int top = 50;
        for (Timeline t : timelines) {
            chart(t, top, out);
            top += H + 30;
        }
        out.print("</svg>\n");
    }

    private static void legend(PrintWriter out) {
        out.print("<g id=\"legend\">\n");
        out.print("<rect x=\"60\" y=\"14\" width=\"18\" height=\"10\" fill=\"#9ecae1\"/>"
                + "<text x=\"84\" y=\"23\">records possibly signed by then</text>\n");
        out.print("<line x1=\"290\" y1=\"19\" x2=\"308\" y2=\"19\" stroke=\"#08519c\" stroke-width=\"2\"/>"
                + "<text x=\"314\" y=\"23\">records certainly signed by then</text>\n");
        out.print("<circle cx=\"540\" cy=\"19\" r=\"5\" fill=\"#d62728\"/>"
                + "<text x=\"550\" y=\"23\">a reported figure (source)</text>\n");
        out.print("<path d=\"M 720 24 L 726 14 L 732 24 Z\" fill=\"#d62728\"/>"
                + "<text x=\"738\" y=\"23\">off the scale</text>\n");
        out.print("</g>\n");
    }

    private static void chart(Timeline t, int top, PrintWriter out) {
        List<Timeline.Year> ys = t.years();
        if (ys.isEmpty()) {
            return;
        }
        // The band is known at each year's end: the panel starts at the first of them, ends at the
        // last, and takes in every point, so a one-date series fills it.
        double x0 = ys.get(0).year() + 1;
        double x1 = ys.get(ys.size() - 1).year() + 1;
        for (Timeline.Point p : t.points()) {
            x0 = Math.min(x0, p.when());
            x1 = Math.max(x1, p.when());
        }
        if (x1 - x0 < 1) {
            x0 = Math.min(x0, x1 - 1);
        }
        double max = TimelineChart.scaleMax(t);
        double step = niceStep(max * 1.15 / 4);
        double yMax = Math.ceil(max * 1.15 / step) * step;
        Scale s = new Scale(x0, x1, yMax, top);
        out.print("<g class=\"series\">\n");
        out.print(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"14\" font-weight=\"bold\">%s</text>\n",
                PAD, top, esc(t.title())));
        for (double v = 0; v <= yMax + step / 2; v += step) {
            out.print(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
                    + "stroke=\"%s\"/>\n", PAD, s.y(v), W - RIGHT, s.y(v), v == 0 ? "black" : "#e5e5e5"));
            out.print(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                    PAD - 6, s.y(v) + 4, number(v)));
        }
        int yearStep = (int) Math.max(1, niceStep((x1 - x0) / 10));
        for (int y = (int) Math.ceil(x0 / yearStep) * yearStep; y <= x1; y += yearStep) {
            out.print(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>"
                    + "<text class=\"year\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>\n", s.x(y), s.y(0),
                    s.x(y), s.y(0) + 4, s.x(y), s.y(0) + 17, y));
        }
        List<double[]> hi = new ArrayList<>();
        List<double[]> lo = new ArrayList<>();
        for (Timeline.Year y : ys) {
            hi.add(new double[] {s.x(y.year() + 1), s.y(y.hi())});
            lo.add(new double[] {s.x(y.year() + 1), s.y(y.lo())});
        }
        StringBuilder band = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (double[] p : hi) {
            band.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
        }
        for (int i = lo.size() - 1; i >= 0; i--) {
            band.append(String.format(Locale.ROOT, "%.1f,%.1f ", lo.get(i)[0], lo.get(i)[1]));
        }
        for (double[] p : lo) {
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
        }
        out.print("<polygon points=\"" + band.toString().strip() + "\" fill=\"#9ecae1\" stroke=\"none\"/>\n");
        out.print("<polyline points=\"" + line.toString().strip()
                + "\" fill=\"none\" stroke=\"#08519c\" stroke-width=\"2\"/>\n");
        Labels labels = new Labels(hi, lo, top + 20, s.y(0));
        for (Timeline.Point p : t.points()) {
            boolean off = p.value() > max;
            double px = s.x(p.when());
            double py = off ? s.y(yMax) : s.y(p.value());
            String tip = String.format(Locale.ROOT, "<title>%s: %s as of %s (%s)</title>", esc(p.figure()),
                    esc(p.reported()), esc(p.whenText()), esc(p.source()));
            if (off) {
                out.print(String.format(Locale.ROOT, "<path class=\"off-scale\" d=\"M %.1f %.1f L %.1f %.1f L %.1f %.1f Z\" "
                        + "fill=\"#d62728\">%s</path>\n", px - 6, py + 4, px, py - 6, px + 6, py + 4, tip));
            } else {
                out.print(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#d62728\">%s</circle>\n",
                        px, py, tip));
            }
            String text = p.reported() + " (" + p.source() + ")" + (off ? ", off the scale" : "");
            double[] box = labels.place(px, py, text.length() * CHAR, off);
            boolean start = box[0] >= px;
            if (Math.abs((box[1] + box[3]) / 2 - py) > LABEL_H) {
                double ly = box[3] < py ? box[3] : box[1];
                out.print(String.format(Locale.ROOT, "<line class=\"leader\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
                        + "y2=\"%.1f\" stroke=\"#999\"/>\n", px, py, start ? box[0] : box[2], ly));
            }
            out.print(String.format(Locale.ROOT, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" font-size=\"11\"%s>%s</text>\n",
                    start ? box[0] : box[2], box[3] - 3, start ? "" : " text-anchor=\"end\"", esc(text)));
        }
        out.print("</g>\n");
    }

    /**
     * Places label boxes ({x, top, x2, bottom} in page units) above the band where there is room
     * (moving up past labels already placed), else below its certain line (moving down).
     */
    private static final class Labels {
        private final List<double[]> hi;
        private final List<double[]> lo;
        private final double ceiling;
        private final double floor;
        private final List<double[]> placed = new ArrayList<>();

        Labels(List<double[]> hi, List<double[]> lo, double ceiling, double floor) {
            this.hi = hi;
            this.lo = lo;
            this.ceiling = ceiling;
            this.floor = floor;
        }

        /** A box for a label of {@code width} for the point at (px, py); {@code beside}: level with it. */
        double[] place(double px, double py, double width, boolean beside) {
            // Labels near the right edge run leftwards so they stay on the page.
            double x = px + 10 + width > W - RIGHT ? px - 10 - width : px + 10;
            double x2 = x + width;
            double[] box = beside ? new double[] {x, py - LABEL_H / 2, x2, py + LABEL_H / 2} : null;
            if (box == null || clash(box) != null) {
                // A point under the band is labelled under it first, any other above it first.
                boolean under = py > edge(lo, px, px, false);
                box = under ? below(px, py, x, x2) : above(px, py, x, x2);
                if (box == null) {
                    box = under ? above(px, py, x, x2) : below(px, py, x, x2);
                }
                if (box == null) {
                    box = new double[] {x, py - 6 - LABEL_H, x2, py - 6};
                }
            }
            placed.add(box);
            return box;
        }

        /** Above the band and the point, moved up past labels in the way; null when that leaves the panel. */
        private double[] above(double px, double py, double x, double x2) {
            double bottom = Math.min(py - 6, edge(hi, x, x2, true) - 3);
            double[] box = {x, bottom - LABEL_H, x2, bottom};
            for (double[] c = clash(box); c != null && box[1] >= ceiling; c = clash(box)) {
                box = new double[] {x, c[1] - 2 - LABEL_H, x2, c[1] - 2};
            }
            return box[1] >= ceiling ? box : null;
        }

        /** Below the certain line and the point, moved down past labels in the way; null when off the panel. */
        private double[] below(double px, double py, double x, double x2) {
            double t = Math.max(py + 6, edge(lo, x, x2, false) + 3);
            double[] box = {x, t, x2, t + LABEL_H};
            for (double[] c = clash(box); c != null && box[3] <= floor; c = clash(box)) {
                box = new double[] {x, c[3] + 2, x2, c[3] + 2 + LABEL_H};
            }
            return box[3] <= floor ? box : null;
        }

        private double[] clash(double[] b) {
            for (double[] p : placed) {
                if (b[0] < p[2] && p[0] < b[2] && b[1] < p[3] && p[1] < b[3]) {
                    return p;
                }
            }
            return null;
        }

        /** The highest (top) or lowest point of a band edge over [x, x2], the edge held level beyond its ends. */
        private static double edge(List<double[]> pts, double x, double x2, boolean top) {
            double best = top ? Double.MAX_VALUE : -Double.MAX_VALUE;
            for (double v : new double[] {at(pts, x), at(pts, x2)}) {
                best = top ? Math.min(best, v) : Math.max(best, v);
            }
            for (double[] p : pts) {
                if (p[0] > x && p[0] < x2) {
                    best = top ? Math.min(best, p[1]) : Math.max(best, p[1]);
                }
            }
            return best;
        }

        private static double at(List<double[]> pts, double x) {
            if (x <= pts.get(0)[0]) {
                return pts.get(0)[1];
            }
            for (int i = 1; i < pts.size(); i++) {
                double[] a = pts.get(i - 1);
                double[] b = pts.get(i);
                if (x <= b[0]) {
                    return a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]);
                }
            }
            return pts.get(pts.size() - 1)[1];
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(rough, 1e-9))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= rough) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    /** Maps years and counts to the page. */
    private record Scale(double x0, double x1, double yMax, int top) {
        double x(double year) {
            return PAD + (year - x0) / (x1 - x0) * (W - PAD - RIGHT);
        }

        double y(double v) {
            return top + 20 + (H - 50) * (1 - v / yMax);
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
