package amity.cli;

import amity.model.RecordType;
import amity.render.RenderOptions;
import amity.render.Renderer;
import amity.report.listing.ShowReport;
import amity.text.Nearest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** `amity show ID`: one record in full, with everything that refers to it. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show one record in full (any type, by id), with its attestations and everything that refers "
                + "to it: a place shows its agreements, programs and figures; a source everything it attests.",
                "--format json (or jsonl) writes one object: the fields typed as in list, attested and "
                + "predecessors as objects, what refers to it as arrays of ids; csv and tsv give the field/value rows."},
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
        if (output.format.nested()) {
            if (!output.fields.isEmpty()) {
                throw new Failure(ExitCode.USAGE, "amity: show --format " + output.format.name().toLowerCase(
                        java.util.Locale.ROOT) + " writes the whole record as one object; --fields picks the field "
                        + "and value columns of the other formats (select with jq instead, e.g. jq .attested).");
            }
            RenderOptions opts = output.settings(amity.env);
            output.emit(spec.commandLine().getOut(), loaded.paths(),
                    pw -> Renderer.render(ShowReport.record(loaded.data(), all.get(id)), opts, pw));
            return ExitCode.OK;
        }
        return output.write(output.project(ShowReport.table(loaded.data(), all.get(id))), amity.env, spec.commandLine().getOut(),
                err, loaded.paths());
    }
}
