package amity.render;

import amity.table.Table;
import amity.text.Visible;
import amity.text.Wrap;
import java.io.PrintWriter;

/** Writes a report table in the chosen format; notes go after a table, or to stderr for data formats. */
public final class Renderer {
    private Renderer() {
    }

    public static void render(Table table, RenderOptions o, PrintWriter out, PrintWriter err) {
        switch (o.format()) {
            case TABLE -> TableWriter.write(table, o, out);
            case MARKDOWN -> MarkdownWriter.write(table, o, out);
            case CSV -> CsvWriter.write(table, o, out);
            case TSV -> TsvWriter.write(table, o, out);
            case JSON -> JsonWriter.write(table, false, out);
            case JSONL -> JsonWriter.write(table, true, out);
            case SVG -> throw new IllegalArgumentException("svg draws charts, not tables");
            case REPORT -> throw new IllegalArgumentException("report lays out reconcile's findings, not tables");
        }
        if (o.format() != Format.TABLE && o.format() != Format.MARKDOWN) {
            for (String note : table.notes()) {
                err.print("amity: note: " + note + "\n");
            }
        }
    }

    /** Writes one record of `show` as json or jsonl, the formats that carry its parts typed. */
    public static void render(amity.report.listing.ShowRecord record, RenderOptions o, PrintWriter out) {
        if (o.format() != Format.JSON && o.format() != Format.JSONL) {
            throw new IllegalArgumentException("a record is written as json or jsonl; other formats take its table");
        }
        JsonWriter.write(record, o.format() == Format.JSONL, out);
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
