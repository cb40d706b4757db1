package amity.cli;

import amity.model.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `amity filter TYPE EXPRESSION`: the records for which the expression holds. */
@Command(name = "filter", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the records of one type for which EXPRESSION holds.",
            "",
            "Expressions compare fields (see amity fields TYPE) with = != < <= > >=, ~ (a case-insensitive "
                    + "regular expression), 'in (a, b)' and 'has' (for lists), joined by and, or, not and "
                    + "parentheses. Dates compare three-valued: a record is kept when the expression certainly "
                    + "holds; --include-possible also keeps those for which it possibly holds.",
            "",
            "field = \"\" holds when the field is missing or empty, field != \"\" when it has a value. A value a "
                    + "closed field never takes (a misspelt type, level, country code, or a subject no figure "
                    + "has) is an error with a suggestion, not an empty result."},
        footerHeading = "%nExamples:%n",
        footer = {"  amity filter agreements 'type = sister-city and signed = 199X'",
            "  amity filter agreements --of beijing 'partner.region in (Africa, Oceania)'",
            "  amity filter figures 'value > 100 and source.publisher ~ daily' --format json"})
final class FilterCommand extends QueryCommand {
    @Parameters(index = "0", paramLabel = "TYPE", completionCandidates = RecordTypes.class,
            description = RecordType.QUERYABLE_IN_WORDS + ".")
    String type;

    @Parameters(index = "1", paramLabel = "EXPRESSION", description = "The condition records must meet.")
    String expression;

    @Override
    String type() {
        return type;
    }

    @Override
    String expression() {
        return expression;
    }

    @Override
    String expressionName() {
        return "expression";
    }
}
