package amity.cli;

import amity.model.RecordType;
import amity.report.listing.FieldList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `amity fields TYPE`: what an expression, --fields, --sort or --by may name. */
@Command(name = "fields", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the fields an expression, --fields, --sort or --by may use on a record type, with "
                + "their type and meaning. 'findings' lists the fields of reconcile's rows.",
        footerHeading = "%nExamples:%n",
        footer = {"  amity fields agreements", "  amity fields agreements --of beijing",
            "  amity fields findings --format markdown"})
final class FieldsCommand implements Callable<Integer> {
    @ParentCommand
    Amity amity;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "TYPE", completionCandidates = FieldTypes.class,
            description = "agreements, programs, figures, sources, places or findings.")
    String type;

    @Option(names = "--of", description = "Include the partner fields agreements have when seen with --of.")
    boolean of;

    /** The record types plus reconcile's findings. */
    static final class FieldTypes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            List<String> all = new ArrayList<>(RecordType.queryableNames());
            all.add(FieldList.FINDINGS);
            return all.iterator();
        }
    }

    @Override
    public Integer call() {
        if (!type.equals(FieldList.FINDINGS)) {
            SelectOptions.checkType(type);
        }
        return output.write(output.project(FieldList.table(type, of)), amity.env, spec.commandLine().getOut(),
                spec.commandLine().getErr(), List.of());
    }
}
