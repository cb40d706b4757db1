package amity.render;

import static org.assertj.core.api.Assertions.assertThat;

import amity.read.DataReader;
import amity.report.Timeline;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgTimelineTest {
    @Test
    void writesAStandaloneSvgWithALegendABandAndEveryReportedPoint() throws Exception {
        List<Timeline> timelines = Timeline.of(DataReader.load(DataReader.Request.of(List.of("data"))).dataset());
        StringWriter svg = new StringWriter();
        SvgTimeline.render(timelines, new PrintWriter(svg));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        long points = timelines.stream().mapToLong(t -> t.points().size()).sum();
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo((int) points + 1);
        assertThat(doc.getElementsByTagName("polygon").getLength()).isEqualTo(timelines.size());
        assertThat(svg.toString()).contains("<title>pd2000-sister-cities: 27 as of 2000-09-19 (people-daily-2000-09-19)"
                + "</title>").contains("records possibly signed by then");
    }
}
