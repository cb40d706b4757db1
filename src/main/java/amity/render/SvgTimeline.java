package amity.render;

import amity.report.Timeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * `reconcile --chart --format svg`: the same timelines as a standalone SVG file a browser opens:
 * per series, the records' count as a band (possible) over a line (certain), each reported figure a
 * labelled point with its source, and a legend.
 */
public final class SvgTimeline {
    private static final int W = 900;
    private static final int H = 320;
    private static final int PAD = 60;

    private SvgTimeline() {
    }

    public static void render(List<Timeline> timelines, PrintWriter out) {
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
        out.print("<line x1=\"300\" y1=\"19\" x2=\"318\" y2=\"19\" stroke=\"#08519c\" stroke-width=\"2\"/>"
                + "<text x=\"324\" y=\"23\">records certainly signed by then</text>\n");
        out.print("<circle cx=\"560\" cy=\"19\" r=\"5\" fill=\"#d62728\"/>"
                + "<text x=\"570\" y=\"23\">a reported figure (source)</text>\n");
        out.print("</g>\n");
    }

    private static void chart(Timeline t, int top, PrintWriter out) {
        List<Timeline.Year> ys = t.years();
        if (ys.isEmpty()) {
            return;
        }
        double x0 = ys.get(0).year();
        double x1 = ys.get(ys.size() - 1).year() + 1;
        double max = 1;
        for (Timeline.Year y : ys) {
            max = Math.max(max, y.hi());
        }
        for (Timeline.Point p : t.points()) {
            max = Math.max(max, p.value());
        }
        double yMax = max * 1.1;
        Scale s = new Scale(x0, x1, yMax, top);
        out.print("<g class=\"series\">\n");
        out.print(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"14\" font-weight=\"bold\">%s</text>\n",
                PAD, top, esc(t.title())));
        out.print(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"black\"/>\n",
                PAD, s.y(0), W - 20, s.y(0)));
        for (int i = 0; i <= 4; i++) {
            double v = yMax * i / 4;
            out.print(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n", PAD - 6,
                    s.y(v) + 4, Math.round(v)));
        }
        int step = Math.max(1, (int) Math.ceil((x1 - x0) / 12));
        for (int y = (int) x0; y <= (int) x1; y += step) {
            out.print(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>\n",
                    s.x(y), s.y(0) + 16, y));
        }
        StringBuilder band = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (Timeline.Year y : ys) {
            band.append(String.format(Locale.ROOT, "%.1f,%.1f ", s.x(y.year() + 1), s.y(y.hi())));
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", s.x(y.year() + 1), s.y(y.lo())));
        }
        for (int i = ys.size() - 1; i >= 0; i--) {
            band.append(String.format(Locale.ROOT, "%.1f,%.1f ", s.x(ys.get(i).year() + 1), s.y(ys.get(i).lo())));
        }
        out.print("<polygon points=\"" + band.toString().strip() + "\" fill=\"#9ecae1\" stroke=\"none\"/>\n");
        out.print("<polyline points=\"" + line.toString().strip()
                + "\" fill=\"none\" stroke=\"#08519c\" stroke-width=\"2\"/>\n");
        for (Timeline.Point p : t.points()) {
            out.print(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#d62728\">"
                    + "<title>%s: %s as of %s (%s)</title></circle>\n", s.x(p.when()), s.y(p.value()), esc(p.figure()),
                    esc(p.reported()), esc(p.whenText()), esc(p.source())));
            // Labels near the right edge run leftwards so they stay on the page.
            boolean right = s.x(p.when()) > W * 0.7;
            out.print(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\"%s>%s (%s)</text>\n",
                    s.x(p.when()) + (right ? -8 : 8), s.y(p.value()) - 6, right ? " text-anchor=\"end\"" : "",
                    esc(p.reported()), esc(p.source())));
        }
        out.print("</g>\n");
    }

    /** Maps years and counts to the page. */
    private record Scale(double x0, double x1, double yMax, int top) {
        double x(double year) {
            return PAD + (year - x0) / (x1 - x0) * (W - PAD - 20);
        }

        double y(double v) {
            return top + 20 + (H - 50) * (1 - v / yMax);
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
