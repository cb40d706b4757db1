package amity.render;

import amity.report.listing.ShowRecord;
import amity.report.reconcile.Attention;
import amity.report.reconcile.Timeline;
import amity.table.Table;
import amity.text.Visible;
import amity.text.Wrap;
import java.io.PrintWriter;
import java.util.List;

/**
 * The one way out of a report: a table, a record of {@code show}, a chart or reconcile's report view,
 * each in the chosen {@link Format}, which says what it can do; notes go after a table a person
 * reads, or to stderr for the structured formats.
 */
public final class Renderer {
    private Renderer() {
    }

    public static void render(Table table, RenderOptions o, PrintWriter out, PrintWriter err) {
        if (!o.format().tables()) {
            throw new IllegalArgumentException(o.format() + " does not write tables");
        }
        switch (o.format()) {
            case TABLE -> TableWriter.write(table, o, out);
            case MARKDOWN -> MarkdownWriter.write(table, o, out);
            case CSV -> CsvWriter.write(table, o, out);
            case TSV -> TsvWriter.write(table, o, out);
            case JSON -> JsonWriter.write(table, false, out);
            case JSONL -> JsonWriter.write(table, true, out);
            default -> throw new IllegalStateException(o.format() + " writes tables but has no writer");
        }
        if (o.format().structured()) {
            for (String note : table.notes()) {
                err.print("amity: note: " + note + "\n");
            }
        }
    }

    /** Writes one record of `show` in a nested format (json, jsonl), the formats that carry its parts typed. */
    public static void render(ShowRecord record, RenderOptions o, PrintWriter out) {
        if (!o.format().nested()) {
            throw new IllegalArgumentException("a record is written as json or jsonl; other formats take its table");
        }
        JsonWriter.write(record, o.format() == Format.JSONL, out);
    }

    /** Draws aggregate's bars: one per row, labelled by {@code labelColumn}, long as {@code valueColumn}. */
    public static void bars(Table table, int labelColumn, int valueColumn, RenderOptions o, PrintWriter out) {
        chart(Format.Chart.BARS, o);
        BarChart.render(table, labelColumn, valueColumn, o, out);
    }

    /** Draws reconcile's timeline of each series: text for the terminal, or an SVG file. */
    public static void timeline(List<Timeline> timelines, RenderOptions o, PrintWriter out) {
        chart(Format.Chart.TIMELINE, o);
        if (o.format() == Format.SVG) {
            SvgTimeline.render(timelines, out);
        } else {
            TimelineChart.render(timelines, o, out);
        }
    }

    /** Lays out reconcile's findings for a reader, in a format that writes the report view. */
    public static void report(Attention attention, RenderOptions o, PrintWriter out) {
        if (!o.format().report()) {
            throw new IllegalArgumentException(o.format() + " does not lay out the report");
        }
        ReportWriter.write(attention, o, out);
    }

    private static void chart(Format.Chart chart, RenderOptions o) {
        if (!o.format().draws(chart)) {
            throw new IllegalArgumentException(o.format() + " does not draw " + chart);
        }
    }

    /** A blank line and the notes wrapped to {@code width} columns, after a chart or a terminal's table. */
    static void footer(Table table, int width, PrintWriter out) {
        if (table.notes().isEmpty()) {
            return;
        }
        out.print('\n');
        for (String note : table.notes()) {
            Wrap.lines(Visible.of(note), width).forEach(l -> out.print(l + "\n"));
        }
    }

    /** A blank line and the notes, after a human-readable table. */
    static void footer(Table table, PrintWriter out) {
        if (table.notes().isEmpty()) {
            return;
        }
        out.print('\n');
        for (String note : table.notes()) {
            out.print(Visible.of(note) + "\n");
        }
    }
}
