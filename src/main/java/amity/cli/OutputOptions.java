package amity.cli;

import amity.render.AtomicOutput;
import amity.render.ColorChoice;
import amity.render.Format;
import amity.render.RenderOptions;
import amity.render.Renderer;
import amity.render.TerminalInfo;
import amity.report.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The output options every query command shares, and writing a table with them. */
public final class OutputOptions {
    @Option(names = {"-o", "--format"}, paramLabel = "FORMAT",
            description = "table, csv, tsv, json, jsonl or markdown (default: ${DEFAULT-VALUE}); svg for "
                    + "reconcile --chart.",
            defaultValue = "table", converter = FormatConverter.class, completionCandidates = FormatNames.class)
    Format format = Format.TABLE;

    @Option(names = "--fields", paramLabel = "A,B,C", description = "The columns to show, in this order "
            + "(see amity fields TYPE).")
    String fields = "";

    @Option(names = "--sort", paramLabel = "F1,F2:desc", description = "Sort by these fields (:asc or :desc); "
            + "ties are broken by id, so output is deterministic.")
    String sort = "";

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N rows.")
    int limit;

    @Option(names = "--no-header", description = "Leave out the header row (table, csv, tsv, markdown).")
    boolean noHeader;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output: "
            + "whole or not at all (a temporary file renamed into place). Never one of the data files.")
    Path output;

    @Option(names = {"-e", "--fail-if-empty"}, description = "Exit 1 when no row matched, as grep does.")
    boolean failIfEmpty;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "auto, always or never (default: auto: only on a terminal, never with NO_COLOR set or "
                    + "TERM=dumb).")
    String color = "auto";

    @Option(names = "--wide", description = "Do not truncate table cells to the terminal width.")
    boolean wide;

    @Option(names = "--bom", description = "Start CSV/TSV output with a UTF-8 byte order mark, for Excel.")
    boolean bom;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "The CSV field separator (default ',').")
    Character delimiter;

    @Option(names = "--raw", description = "Do not guard CSV cells that start with = + - @ against spreadsheet "
            + "formulas.")
    boolean raw;

    /**
     * --fields on a table whose columns a command did not choose itself (show, fields, aggregate,
     * --explain): its columns by name, in the order given.
     */
    Table project(Table table) {
        if (fields.isEmpty()) {
            return table;
        }
        List<String> names = table.columns().stream().map(amity.report.Column::name).toList();
        List<String> wanted = java.util.Arrays.stream(fields.split(",")).map(String::strip).toList();
        if (wanted.equals(names)) {
            return table;
        }
        List<Integer> idx = new java.util.ArrayList<>();
        for (String w : wanted) {
            int i = names.indexOf(w);
            if (i < 0) {
                throw new Failure(ExitCode.USAGE, "amity: --fields: this output has no column '" + w + "'"
                        + amity.read.Nearest.to(w, names).map(n -> "; did you mean '" + n + "'?")
                                .orElse("; its columns are " + String.join(", ", names) + "."));
            }
            idx.add(i);
        }
        List<amity.report.Column> cols = idx.stream().map(table.columns()::get).toList();
        List<Table.TableRow> rows = table.rows().stream().map(r -> new Table.TableRow(
                idx.stream().map(r.cells()::get).toList(), r.tone())).toList();
        return new Table(cols, rows, table.notes());
    }

    /** Writes to stdout, or whole to --output (never over one of the data files). */
    void emit(PrintWriter out, List<Path> dataPaths, java.util.function.Consumer<PrintWriter> body) {
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

    /** Renders the table to stdout or --output; returns the exit status for --fail-if-empty. */
    int write(Table table, Env env, PrintWriter out, PrintWriter err, List<Path> dataPaths) {
        if (format == Format.SVG) {
            throw new Failure(ExitCode.USAGE, "amity: --format svg draws charts; use it with reconcile --chart.");
        }
        boolean toTerminal = output == null && env.terminal();
        boolean useColor = ColorChoice.resolve(color, env.vars(), toTerminal);
        int width = toTerminal ? TerminalInfo.width(env.vars()) : 0;
        char delim = delimiter != null ? delimiter : (format == Format.TSV ? '\t' : ',');
        RenderOptions opts = new RenderOptions(format, !noHeader, useColor, width, wide, bom, delim, raw);
        emit(out, dataPaths, pw -> Renderer.render(table, opts, pw, err));
        err.flush();
        return failIfEmpty && table.rows().isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
