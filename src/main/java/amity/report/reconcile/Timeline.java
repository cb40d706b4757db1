package amity.report.reconcile;

import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For `reconcile --chart`: each series of figures with a counts rule, as the count the records give
 * at the end of every year (a band lo..hi) and the figures reported along it (points).
 */
public record Timeline(String title, List<Year> years, List<Point> points) {

    /** The records' count at the end of a year. */
    public record Year(int year, int lo, int hi) {
    }

    /** A reported figure: its date as a fractional year, its value, and who reported it. */
    public record Point(String figure, double when, String whenText, double value, String reported, String source) {
    }

    public static List<Timeline> of(Dataset data) {
        Map<String, List<Figure>> series = new LinkedHashMap<>();
        for (Figure f : data.figures()) {
            if (f.counts().isPresent() && f.partOf().isEmpty() && f.alternativeTo().isEmpty() && f.rankOf().isEmpty()) {
                series.computeIfAbsent(f.subject() + " " + f.metric() + (f.scope().isEmpty() ? "" : " (" + f.scope()
                        + ")"), k -> new ArrayList<>()).add(f);
            }
        }
        List<Timeline> out = new ArrayList<>();
        Derivations derivations = new Derivations(data);
        series.forEach((title, figures) -> {
            figures.sort(Comparator.comparing(Figure::asOf).thenComparing(Figure::id));
            Figure rule = figures.get(0);
            int from = figures.get(0).asOf().earliest().getYear() - 1;
            int to = figures.get(figures.size() - 1).asOf().latest().getYear();
            List<Year> years = new ArrayList<>();
            for (int y = from; y <= to; y++) {
                Derivation d = derivations.at(rule, DateInterval.of(String.valueOf(y) + "-12-31"));
                if (d != null) {
                    years.add(new Year(y, d.lo(), d.hi()));
                }
            }
            List<Point> points = new ArrayList<>();
            for (Figure f : figures) {
                points.add(new Point(f.id(), fraction(f.asOf()), f.asOf().text(), f.value().doubleValue(),
                        f.reported(), f.source()));
            }
            out.add(new Timeline(title, years, points));
        });
        return out;
    }

    /** The middle of a date interval as a fractional year (2016-03-29 is about 2016.24). */
    static double fraction(DateInterval d) {
        LocalDate mid = d.earliest().plusDays((d.latest().toEpochDay() - d.earliest().toEpochDay()) / 2);
        return mid.getYear() + (mid.getDayOfYear() - 1) / (double) mid.lengthOfYear();
    }
}
