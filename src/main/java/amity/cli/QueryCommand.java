package amity.cli;

import amity.model.RecordType;
import amity.query.Field;
import amity.query.QueryError;
import amity.query.SortKeys;
import amity.report.Query;
import amity.report.listing.ListReport;
import java.util.List;
import picocli.CommandLine.Mixin;

/** What list and filter share: load, select the records ({@link SelectOptions#select}), query, write the table. */
abstract class QueryCommand extends DataCommand {

    @Mixin
    SelectOptions select;

    @Mixin
    OutputOptions output;

    abstract String type();

    abstract String expression();

    /** What an error in the expression calls it: "expression" (filter's argument) or "--where". */
    abstract String expressionName();

    @Override
    public Integer call() {
        Loader.Loaded loaded = load();
        SelectOptions.Selection s = select.select(loaded.data(), type(), expression(), expressionName());
        List<Field> columns = output.columns(s.catalog(),
                ListReport.defaultColumns(RecordType.queryable(s.type()).orElseThrow(), !s.of().isEmpty()));
        SortKeys sort = parse(() -> SortKeys.parse(output.sort, s.catalog()), "--sort");
        Query q = s.query(sort.comparator(), columns, output.limit);
        return output.write(ListReport.table(q, s.rows()), amity.env, spec.commandLine().getOut(),
                spec.commandLine().getErr(), loaded.paths());
    }

    /** Something that parses a piece of the command line in the query language. */
    interface Parse<T> {
        T get() throws QueryError;
    }

    /** Runs a parse; a mistake is a usage error showing the text with a caret under the problem. */
    static <T> T parse(Parse<T> p, String what) {
        try {
            return p.get();
        } catch (QueryError e) {
            throw new Failure(ExitCode.USAGE, "amity: error in " + what + ":\n" + e.render().stripTrailing());
        }
    }
}
