package amity.cli;

import amity.render.Format;
import amity.render.RenderOptions;
import amity.render.Renderer;
import amity.report.ProblemReport;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `amity check`: reads everything and reports every problem in one run. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read every data file and report every problem at once: file:line:column, the offending "
                + "line, and one sentence. Prints a one-line summary when the data is clean.",
            "",
            "With --format json or jsonl, standard output holds one object per problem (file, line, column, "
                    + "end_column, severity, message, suggestion; null where there is none) and the summary "
                    + "goes to standard error."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the data is clean", "2:usage error", "65:the data has errors",
            "66:a data path does not exist"},
        footerHeading = "%nExamples:%n",
        footer = {"  amity check --data my-records/ --data extra.yaml", "  cat new.yaml | amity check --data -",
            "  amity check --format jsonl | jq -r 'select(.suggestion) | .file + \": \" + .suggestion'"})
final class CheckCommand extends DataCommand {
    private static final List<Format> FORMATS = List.of(Format.TABLE, Format.JSON, Format.JSONL);

    @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            converter = FormatConverter.class, completionCandidates = Formats.class,
            description = "table (the messages as text, default), json or jsonl.")
    Format format = Format.TABLE;

    /** The formats check writes. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FORMATS.stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).iterator();
        }
    }

    @Override
    public Integer call() {
        if (!FORMATS.contains(format)) {
            throw new Failure(ExitCode.USAGE, "amity: check writes --format table, json or jsonl, not "
                    + format.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        Loader.Loaded l = Loader.read(amity.paths(data), amity.env, err);
        boolean text = format == Format.TABLE;
        if (!text) {
            Renderer.render(ProblemReport.table(l.problems()), RenderOptions.of(format), out, err);
            out.flush();
        }
        if (!l.problems().isEmpty()) {
            if (text) {
                Loader.report(l.problems(), err);
            }
            long files = l.problems().stream().map(p -> p.at().file()).distinct().count();
            err.println("amity: " + Loader.count(l.problems().size(), "error") + " in "
                    + Loader.count((int) files, "file") + ".");
            return ExitCode.DATA;
        }
        var d = l.data();
        (text ? out : err).println("ok: " + Loader.count(l.files().size(), "file") + ", "
                + Loader.count(d.sources().size(), "source") + ", " + Loader.count(d.places().size(), "place") + ", "
                + Loader.count(d.agreements().size(), "agreement") + ", "
                + Loader.count(d.programs().size(), "program") + ", " + Loader.count(d.figures().size(), "figure")
                + ".");
        out.flush();
        err.flush();
        return ExitCode.OK;
    }
}
