package amity.render;

import static org.assertj.core.api.Assertions.assertThat;

import amity.read.DataReader;
import amity.report.reconcile.Timeline;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgTimelineTest {
    @Test
    void writesAStandaloneSvgWithALegendABandAndEveryReportedPoint() throws Exception {
        List<Timeline> timelines = shipped();
        String svg = svg(timelines);
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        long points = timelines.stream().mapToLong(t -> t.points().size()).sum();
        int offScale = count(doc, "path", "off-scale");
        assertThat(offScale).as("the 260 and 284 figures, beyond twice the records' count").isEqualTo(2);
        assertThat(doc.getElementsByTagName("circle").getLength() + offScale).isEqualTo((int) points + 1);
        assertThat(doc.getElementsByTagName("polygon").getLength()).isEqualTo(timelines.size());
        assertThat(svg).contains("<title>pd2000-sister-cities: 27 as of 2000-09-19 (people-daily-2000-09-19)"
                + "</title>").contains("records possibly signed by then").contains("off the scale</text>");
    }

    @Test
    void labelsStandClearOfEachOtherAndOfTheBandAndTicksAreRound() throws Exception {
        List<Timeline> timelines = shipped();
        String svg = svg(timelines);
        Document doc = parse(svg);
        NodeList series = doc.getElementsByTagName("g");
        int checked = 0;
        for (int i = 0; i < series.getLength(); i++) {
            Element g = (Element) series.item(i);
            if (!g.getAttribute("class").equals("series")) {
                continue;
            }
            List<double[]> boxes = new ArrayList<>();
            List<Double> ticks = new ArrayList<>();
            List<double[]> band = new ArrayList<>();
            NodeList kids = g.getChildNodes();
            for (int k = 0; k < kids.getLength(); k++) {
                if (!(kids.item(k) instanceof Element e)) {
                    continue;
                }
                if (e.getTagName().equals("text") && e.getAttribute("class").equals("label")) {
                    double x = Double.parseDouble(e.getAttribute("x"));
                    double y = Double.parseDouble(e.getAttribute("y"));
                    // The same generous estimate of 11px text the layout uses: 6.6 a character, 11 high.
                    double w = e.getTextContent().length() * 6.6;
                    double x0 = e.getAttribute("text-anchor").equals("end") ? x - w : x;
                    boxes.add(new double[] {x0, y - 11, x0 + w, y});
                } else if (e.getTagName().equals("text") && e.getAttribute("class").equals("tick")) {
                    ticks.add(Double.parseDouble(e.getTextContent()));
                } else if (e.getTagName().equals("polygon")) {
                    for (String pt : e.getAttribute("points").split(" ")) {
                        String[] xy = pt.split(",");
                        band.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
                    }
                }
            }
            for (int a = 0; a < boxes.size(); a++) {
                for (int b = a + 1; b < boxes.size(); b++) {
                    assertThat(overlap(boxes.get(a), boxes.get(b))).as("labels %d and %d of series %d", a, b, i)
                            .isFalse();
                }
                double[] box = boxes.get(a);
                for (double x = box[0]; x <= box[2]; x += 2) {
                    double[] hiLo = bandAt(band, x);
                    if (hiLo != null) {
                        assertThat(box[3] < hiLo[0] || box[1] > hiLo[1]).as("label %d of series %d on the band at %s",
                                a, i, x).isTrue();
                    }
                }
            }
            double step = ticks.get(1) - ticks.get(0);
            double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
            assertThat(step / magnitude).as("tick step %s", step).isIn(1.0, 2.0, 5.0);
            assertThat(ticks).allSatisfy(t -> assertThat(t % step).isZero());
            // The band spans the panel, from the axis (x = 60) to the right edge (x = 880), one date or many.
            assertThat(band.stream().mapToDouble(p -> p[0]).min().orElseThrow()).isLessThanOrEqualTo(60.5);
            assertThat(band.stream().mapToDouble(p -> p[0]).max().orElseThrow()).isGreaterThanOrEqualTo(879.5);
            checked++;
        }
        assertThat(checked).isEqualTo(timelines.size());
    }

    static List<Timeline> shipped() throws Exception {
        return Timeline.of(DataReader.load(DataReader.Request.of(List.of("data"))).dataset());
    }

    static String svg(List<Timeline> timelines) {
        StringWriter svg = new StringWriter();
        SvgTimeline.render(timelines, new PrintWriter(svg));
        return svg.toString();
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Document doc, String tag, String cls) {
        NodeList l = doc.getElementsByTagName(tag);
        int n = 0;
        for (int i = 0; i < l.getLength(); i++) {
            n += ((Element) l.item(i)).getAttribute("class").equals(cls) ? 1 : 0;
        }
        return n;
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** The band's top and bottom (page y) at x: the polygon's upper edge is its first half, the lower its second. */
    private static double[] bandAt(List<double[]> band, double x) {
        int half = band.size() / 2;
        Double top = edge(band.subList(0, half), x);
        List<double[]> lower = new ArrayList<>(band.subList(half, band.size()));
        java.util.Collections.reverse(lower);
        Double bottom = edge(lower, x);
        return top == null || bottom == null ? null : new double[] {top, bottom};
    }

    private static Double edge(List<double[]> pts, double x) {
        for (int i = 1; i < pts.size(); i++) {
            double[] a = pts.get(i - 1);
            double[] b = pts.get(i);
            if (x >= a[0] && x <= b[0]) {
                return b[0] == a[0] ? a[1] : a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]);
            }
        }
        return null;
    }
}
