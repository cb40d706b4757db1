package amity.cli;

import amity.model.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `amity list TYPE`: every record of a type. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the records of one type: " + RecordType.QUERYABLE_IN_WORDS + ".",
        footerHeading = "%nExamples:%n",
        footer = {"  amity list agreements --of beijing --sort signed",
            "  amity list figures --format csv --output figures.csv",
            "  amity list agreements --as-of 2000-09 --include-possible"})
final class ListCommand extends QueryCommand {
    @Parameters(index = "0", paramLabel = "TYPE", completionCandidates = RecordTypes.class,
            description = RecordType.QUERYABLE_IN_WORDS + ".")
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
