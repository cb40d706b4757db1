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
import amity.report.Table;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The output options every query command shares, and writing a table with them. */
public final class OutputOptions {
    @Option(names = {"-o", "--format"}, paramLabel = "FORMAT",
            description = "table, csv, tsv, json, jsonl or markdown (default: ${DEFAULT-VALUE}); report for "
                    + "reconcile (its default on a terminal); svg for reconcile --chart.",
            defaultValue = "table", converter = FormatConverter.class, completionCandidates = FormatConverter.class)
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

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", converter = ColorConverter.class,
            completionCandidates = ColorConverter.class, description = "${COMPLETION-CANDIDATES} (default: auto: "
                    + "only on a terminal, never with NO_COLOR set or TERM=dumb).")
    ColorChoice color = ColorChoice.AUTO;

    @Option(names = "--wide", description = "Do not truncate table cells to the terminal width.")
    boolean wide;

    @Option(names = "--bom", description = "Start CSV/TSV output with a UTF-8 byte order mark, for Excel.")
    boolean bom;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "The CSV field separator (default ',').")
    Character delimiter;

    @Option(names = "--raw", description = "Do not guard CSV cells that start with = + - @ against spreadsheet "
            + "formulas.")
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
        return table.project(QueryCommand.parse(() -> Projection.ofColumns(fields, table.fields()), "--fields"));
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
        boolean toTerminal = output == null && env.terminal();
        // Asked of the terminal once: building a JLine terminal costs time a pipe should not pay.
        int width = toTerminal ? TerminalInfo.width(env.vars()) : 0;
        char delim = delimiter != null ? delimiter : (format == Format.TSV ? '\t' : ',');
        return new RenderOptions(format, !noHeader, color.resolve(env.vars(), toTerminal), width,
                TerminalInfo.chartWidth(env.vars(), width), wide, bom, delim, raw);
    }

    /** Renders the table to stdout or --output; returns the exit status for --fail-if-empty. */
    int write(Table table, Env env, PrintWriter out, PrintWriter err, List<Path> dataPaths) {
        if (format == Format.SVG) {
            throw new Failure(ExitCode.USAGE, "amity: --format svg draws charts; use it with reconcile --chart.");
        }
        if (format == Format.REPORT) {
            throw new Failure(ExitCode.USAGE, "amity: --format report lays out reconcile's findings; use table here.");
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
