package amity.cli;

import amity.model.RecordType;
import amity.query.Catalog;
import amity.query.ClosedValues;
import amity.query.Expression;
import amity.query.Field;
import amity.query.QueryError;
import amity.query.RecordFields;
import amity.query.SortKeys;
import amity.query.ValueRow;
import amity.report.Query;
import amity.report.listing.ListReport;
import amity.text.Nearest;
import java.util.List;
import picocli.CommandLine.Mixin;

/** What list and filter share: load, pick the records, apply the query, write the table. */
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
        String type = checkType(type());
        RecordFields fields = new RecordFields(loaded.data());
        String of = select.of(loaded.data(), type);
        Catalog catalog = new Catalog(type, fields.fields(type, !of.isEmpty()));
        List<ValueRow> rows = fields.rows(type, of);
        ClosedValues closed = ClosedValues.of(loaded.data(), type, rows);
        Expression where = parse(() -> Expression.parse(expression(), catalog, closed), expressionName());
        List<Field> columns = output.columns(catalog, ListReport.defaultColumns(RecordType.queryable(type).orElseThrow(), !of.isEmpty()));
        SortKeys sort = parse(() -> SortKeys.parse(output.sort, catalog), "--sort");
        Query q = new Query(catalog, where, select.asOfDate(), select.includePossible, sort.comparator(), columns,
                output.limit);
        return output.write(ListReport.table(q, rows), amity.env, spec.commandLine().getOut(),
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

    static String checkType(String type) {
        List<String> types = RecordType.queryableNames();
        if (!types.contains(type)) {
            throw new Failure(ExitCode.USAGE, "amity: '" + type + "' is not a record type"
                    + Nearest.hintOrList(type, types));
        }
        return type;
    }
}
