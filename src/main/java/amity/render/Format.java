package amity.render;

import java.util.Arrays;
import java.util.List;

/**
 * The output formats, each declaring once what it can do, in the manner of Miller's record-writer
 * factory: commands, {@link Renderer}, completion and help ask these, never a list of their own.
 * A new format is a constant here and its writer in {@link Renderer}'s switch.
 */
public enum Format {
    //        tables structured flat   separator report charts ('\0': not delimited)
    TABLE(    true,  false,     false, '\0',     false, Chart.BARS, Chart.TIMELINE),
    REPORT(   false, false,     false, '\0',     true),
    CSV(      true,  true,      true,  ',',      false),
    TSV(      true,  true,      true,  '\t',     false),
    JSON(     true,  true,      false, '\0',     false),
    JSONL(    true,  true,      false, '\0',     false),
    MARKDOWN( true,  false,     false, '\0',     false),
    SVG(      false, false,     false, '\0',     false, Chart.TIMELINE);

    /** The charts a format can draw: aggregate's bars, reconcile's timeline of each series. */
    public enum Chart {
        BARS, TIMELINE
    }

    private final boolean tables;
    private final boolean structured;
    private final boolean flat;
    private final char delimiter;
    private final boolean report;
    private final List<Chart> charts;

    Format(boolean tables, boolean structured, boolean flat, char delimiter, boolean report, Chart... charts) {
        this.tables = tables;
        this.structured = structured;
        this.flat = flat;
        this.delimiter = delimiter;
        this.report = report;
        this.charts = List.of(charts);
    }

    /** Whether it writes a report's table (every format but the report view and SVG). */
    public boolean tables() {
        return tables;
    }

    /**
     * Whether a program reads it: it carries every field (reconcile's default columns are all of them),
     * and a table's notes go to stderr, never among the data.
     */
    public boolean structured() {
        return structured;
    }

    /** Whether each column holds one type (csv, tsv): dates and ranges spread over several columns. */
    public boolean flat() {
        return flat;
    }

    /** Whether values keep their shape (json, jsonl): lists as arrays, a record's parts nested. */
    public boolean nested() {
        return structured && !flat;
    }

    /** The field separator of a delimited format (',' for the others, which never use it). */
    public char delimiter() {
        return delimiter == '\0' ? ',' : delimiter;
    }

    /** Whether --delimiter may set its separator: CSV's only, since TSV is tab-separated by definition. */
    public boolean delimiterSettable() {
        return this == CSV;
    }

    /** Whether it lays out reconcile's findings for a reader rather than a table. */
    public boolean report() {
        return report;
    }

    /** Whether it can draw {@code chart}. */
    public boolean draws(Chart chart) {
        return charts.contains(chart);
    }

    /** The formats that draw {@code chart}, in declaration order. */
    public static List<Format> drawing(Chart chart) {
        return Arrays.stream(values()).filter(f -> f.draws(chart)).toList();
    }

    /** Whether only reconcile writes it (the report view, the SVG timeline): completion offers it there only. */
    public boolean reconcileOnly() {
        return !tables;
    }
}
