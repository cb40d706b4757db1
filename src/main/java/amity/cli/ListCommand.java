package amity.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `amity list TYPE`: every record of a type. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the records of one type: agreements, programs, figures, sources or places.",
        footerHeading = "%nExamples:%n",
        footer = {"  amity list agreements --of beijing --sort signed",
            "  amity list figures --format csv --output figures.csv",
            "  amity list agreements --as-of 2000-09 --include-possible"})
final class ListCommand extends QueryCommand {
    @Parameters(index = "0", paramLabel = "TYPE", completionCandidates = RecordTypes.class,
            description = "agreements, programs, figures, sources or places.")
    String type;

    @Override
    String type() {
        return type;
    }

    @Override
    String expression() {
        return "";
    }
}
