package amity.cli;

import amity.model.RecordType;
import amity.report.ShowReport;
import amity.text.Nearest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `amity show ID`: one record in full, with everything that refers to it. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show one record in full (any type, by id), with its attestations and everything that refers "
                + "to it: a place shows its agreements, programs and figures; a source everything it attests.",
        footerHeading = "%nExamples:%n",
        footer = {"  amity show beijing-ottawa", "  amity show prague", "  amity show people-daily-2000-09-19 -o json"})
final class ShowCommand extends DataCommand {

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "ID", description = "The id of " + RecordType.ANY_IN_WORDS + ".")
    String id;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        // Refused before loading: the options are meaningless here, whatever the data.
        if (!output.sort.isEmpty()) {
            throw new Failure(ExitCode.USAGE, "amity: show does not sort: it lists one record's fields in their "
                    + "own order; leave out --sort.");
        }
        if (output.limit != 0) {
            throw new Failure(ExitCode.USAGE, "amity: show does not take --limit: it shows one record in full, "
                    + "every field of it.");
        }
        Loader.Loaded loaded = load();
        var all = loaded.data().byId();
        if (!all.containsKey(id)) {
            throw new Failure(ExitCode.USAGE, "amity: no record has the id '" + id + "'"
                    + Nearest.hint(id, all.keySet()));
        }
        return output.write(output.project(ShowReport.table(loaded.data(), all.get(id))), amity.env, spec.commandLine().getOut(),
                err, loaded.paths());
    }
}
