package amity.cli;

import amity.model.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `amity list TYPE`: every record of a type. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the records of one type: " + RecordType.QUERYABLE_IN_WORDS + ".",
        footerHeading = "%nExamples:%n",
        footer = {"  amity list agreements --of beijing --sort signed",
            "  amity list figures --format csv --output figures.csv",
            "  amity list places --where 'part_of = \"\"' --fields id,name"})
final class ListCommand extends QueryCommand {
    @Parameters(index = "0", paramLabel = "TYPE", completionCandidates = RecordTypes.class,
            description = RecordType.QUERYABLE_IN_WORDS + ".")
    String type;

    @Option(names = "--where", paramLabel = "EXPRESSION", description = "Only records for which EXPRESSION "
            + "holds (the language of amity filter; field = \"\" matches a missing or empty value).")
    String where = "";

    @Override
    String type() {
        return type;
    }

    @Override
    String expression() {
        return where;
    }

    @Override
    String expressionName() {
        return "--where";
    }
}
