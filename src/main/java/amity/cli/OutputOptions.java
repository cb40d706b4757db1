package amity.cli;

import amity.query.Catalog;
import amity.query.Field;
import amity.query.Projection;
import amity.render.AtomicOutput;
import amity.render.ColorChoice;
import amity.render.Format;
import amity.render.RenderOptions;
import amity.render.Renderer;
import amity.render.TerminalInfo;
import amity.table.Table;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The output options every query command shares, and writing a table with them. */
public final class OutputOptions {
    @Option(names = {"-o", "--format"}, paramLabel = "FORMAT",
            description = "table, csv, tsv, json, jsonl or markdown (default: ${DEFAULT-VALUE}); report for "
                    + "reconcile (its default on a terminal); svg for reconcile --chart. In csv and tsv a date is three columns (NAME, NAME_earliest, NAME_latest) "
                    + "and a range two (NAME_lo, NAME_hi); tsv is never quoted and writes a tab, newline, CR or "
                    + "backslash in a value as \\t, \\n, \\r, \\\\; json writes a range as {\"lo\": .., \"hi\": ..}; "
                    + "markdown escapes what Markdown or HTML would act on.",
            defaultValue = "table", converter = FormatConverter.class, completionCandidates = FormatConverter.class)
    Format format = Format.TABLE;

    @Option(names = "--fields", paramLabel = "A,B,C", description = "The columns to show, in this order "
            + "(see amity fields TYPE).")
    String fields = "";

    @Option(names = "--sort", paramLabel = "F1,F2:desc", description = "Sort by these fields (:asc or :desc); "
            + "text by its letters with accents and case folded (Île among the I's) in every locale; ties are "
            + "broken by id, so output is deterministic.")
    String sort = "";

    @Option(names = "--limit", paramLabel = "N", converter = RowCount.class, description = "Show at most N "
            + "rows (1 or more).")
    int limit;

    @Option(names = "--no-header", description = "Leave out the header row (table, csv, tsv, markdown).")
    boolean noHeader;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output: "
            + "whole or not at all (a temporary file renamed into place). Never one of the data files.")
    Path output;

    @Option(names = {"-e", "--fail-if-empty"}, description = "Exit 1 when no row matched, as grep does.")
    boolean failIfEmpty;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", converter = ColorConverter.class,
            completionCandidates = ColorConverter.class, description = "${COMPLETION-CANDIDATES} (default: auto: "
                    + "only on a terminal, never with NO_COLOR set or TERM=dumb).")
    ColorChoice color = ColorChoice.AUTO;

    @Option(names = "--wide", description = "Do not truncate table cells to the terminal width.")
    boolean wide;

    @Option(names = "--bom", description = "Start CSV/TSV output with a UTF-8 byte order mark, for Excel.")
    boolean bom;

    @Option(names = "--delimiter", paramLabel = "CHAR", converter = DelimiterConverter.class,
            description = "The CSV field separator (default ','); not the quote or a line end, and only with "
                    + "--format csv (TSV is always tab-separated).")
    Character delimiter;

    @Option(names = "--raw", description = "Do not guard CSV/TSV cells that start with = + - @, tab or CR against "
            + "spreadsheet formulas (a plain signed number such as +26 is never guarded).")
    boolean raw;

    /** The columns --fields names from a catalog of fields, or {@code defaults} when it is not given. */
    List<Field> columns(Catalog catalog, List<String> defaults) {
        return fields.isEmpty() ? defaults.stream().map(n -> catalog.find(n).orElseThrow()).toList()
                : QueryCommand.parse(() -> Projection.parse(fields, catalog), "--fields").fields();
    }

    /** --fields on a table a report built (show, fields, aggregate, --explain): its columns, in the order given. */
    Table project(Table table) {
        if (fields.isEmpty()) {
            return table;
        }
        return table.project(QueryCommand.parse(() -> Projection.ofColumns(fields, Field.of(table)), "--fields")
                .fields().stream().map(Field::name).toList());
    }

    /** Writes to stdout, or whole to --output (never over one of the data files). */
    void emit(PrintWriter out, List<Path> dataPaths, Consumer<PrintWriter> body) {
        if (output == null) {
            body.accept(out);
            out.flush();
            return;
        }
        try {
            AtomicOutput.write(output, dataPaths, w -> {
                PrintWriter pw = new PrintWriter(w);
                body.accept(pw);
                pw.flush();
            });
        } catch (AtomicOutput.Refused e) {
            throw new Failure(ExitCode.OUTPUT, "amity: " + e.getMessage());
        } catch (AtomicOutput.Failed e) {
            throw new Failure(ExitCode.OUTPUT, "amity: " + e.getMessage());
        }
    }

    /** The one mapping of these options (and where the output goes) to render settings. */
    RenderOptions settings(Env env) {
        if (delimiter != null && !format.delimiterSettable()) {
            throw new Failure(ExitCode.USAGE, "amity: --delimiter sets the CSV separator and has no meaning with "
                    + "--format " + name(format) + (format.delimiter() == '\t' ? " (always tab-separated)" : "")
                    + "; use --format csv, or leave --delimiter out.");
        }
        if ((bom || raw) && !format.flat()) {
            throw new Failure(ExitCode.USAGE, "amity: " + (bom ? "--bom" : "--raw") + " is for --format csv and tsv; "
                    + "--format " + name(format) + " has no " + (bom ? "byte order mark" : "formula guard") + ".");
        }
        boolean toTerminal = output == null && env.terminal();
        // Asked of the terminal once: building a JLine terminal costs time a pipe should not pay.
        int width = toTerminal ? TerminalInfo.width(env.vars()) : 0;
        char delim = delimiter != null ? delimiter : format.delimiter();
        return new RenderOptions(format, !noHeader, color.resolve(env.vars(), toTerminal), width,
                TerminalInfo.chartWidth(env.vars(), width), wide, bom, delim, raw);
    }

    /** Refuses --chart with a format that cannot draw {@code chart}; {@code how} says which can. */
    void chartIn(Format.Chart chart, String how) {
        if (!format.draws(chart)) {
            throw new Failure(ExitCode.USAGE, "amity: --chart draws " + how + "; it has no --format " + name(format)
                    + " form (leave --chart out for the data as " + name(format) + ").");
        }
    }

    private static String name(Format f) {
        return f.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Renders the table to stdout or --output; returns the exit status for --fail-if-empty. */
    int write(Table table, Env env, PrintWriter out, PrintWriter err, List<Path> dataPaths) {
        if (!format.tables() && format.report()) {
            throw new Failure(ExitCode.USAGE, "amity: --format report lays out reconcile's findings; use table here.");
        }
        if (!format.tables()) {
            throw new Failure(ExitCode.USAGE, "amity: --format svg draws charts; use it with reconcile --chart.");
        }
        RenderOptions opts = settings(env);
        emit(out, dataPaths, pw -> Renderer.render(table, opts, pw, err));
        err.flush();
        return status(table);
    }

    /** The options given that shape a table (--fields, --sort, --limit, --no-header, --wide), by name. */
    List<String> tableOptions() {
        List<String> given = new java.util.ArrayList<>();
        if (!fields.isEmpty()) {
            given.add("--fields");
        }
        if (!sort.isEmpty()) {
            given.add("--sort");
        }
        if (limit != 0) {
            given.add("--limit");
        }
        if (noHeader) {
            given.add("--no-header");
        }
        if (wide) {
            given.add("--wide");
        }
        return given;
    }

    /** 1 with --fail-if-empty and no rows, else 0. */
    int status(Table table) {
        return failIfEmpty && table.rows().isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
