package amity.cli;

import picocli.CommandLine.Command;

/** `amity check`: reads everything and reports every problem in one run. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read every data file and report every problem at once: file:line:column, the offending "
                + "line, and one sentence. Prints a one-line summary when the data is clean."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the data is clean", "2:usage error", "65:the data has errors",
            "66:a data path does not exist"},
        footerHeading = "%nExamples:%n",
        footer = {"  amity check", "  amity check --data my-records/ --data extra.yaml",
            "  cat new.yaml | amity check --data -"})
final class CheckCommand extends DataCommand {

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Loader.Loaded l = Loader.read(amity.paths(data), amity.env);
        if (!l.problems().isEmpty()) {
            Loader.report(l.problems(), err);
            long files = l.problems().stream().map(p -> p.at().file()).distinct().count();
            err.println("amity: " + Loader.count(l.problems().size(), "error") + " in "
                    + Loader.count((int) files, "file") + ".");
            return ExitCode.DATA;
        }
        var d = l.data();
        var out = spec.commandLine().getOut();
        out.println("ok: " + Loader.count(l.files().size(), "file") + ", "
                + Loader.count(d.sources().size(), "source") + ", " + Loader.count(d.places().size(), "place") + ", "
                + Loader.count(d.agreements().size(), "agreement") + ", "
                + Loader.count(d.programs().size(), "program") + ", " + Loader.count(d.figures().size(), "figure")
                + ".");
        out.flush();
        return ExitCode.OK;
    }
}
