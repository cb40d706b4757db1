package amity.cli;

import amity.query.Catalog;
import amity.query.Expression;
import amity.query.Field;
import amity.query.Projection;
import amity.query.QueryError;
import amity.query.RecordFields;
import amity.query.SortKeys;
import amity.read.Nearest;
import amity.model.RecordType;
import amity.report.Query;
import amity.report.Tone;
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

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Loader.Loaded loaded = load();
        String type = checkType(type());
        RecordFields fields = new RecordFields(loaded.data());
        String of = checkOf(loaded, type);
        Catalog catalog = new Catalog(type, fields.fields(type, !of.isEmpty()));
        Query q = query(catalog, expression(), defaultColumns(type, of));
        return output.write(q.table(fields.rows(type, of), r -> Tone.NORMAL), amity.env,
                spec.commandLine().getOut(), err, loaded.paths());
    }

    Query query(Catalog catalog, String where, List<String> defaults) {
        Expression expr = parse(() -> Expression.parse(where, catalog), "expression");
        List<Field> columns = output.fields.isEmpty()
                ? defaults.stream().map(n -> catalog.find(n).orElseThrow()).toList()
                : parse(() -> Projection.parse(output.fields, catalog), "--fields").fields();
        SortKeys sort = parse(() -> SortKeys.parse(output.sort, catalog), "--sort");
        return new Query(catalog, expr, select.asOfDate(), select.includePossible, sort.comparator(), columns,
                output.limit);
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
                    + Nearest.to(type, types).map(n -> "; did you mean '" + n + "'?")
                            .orElse("; use one of: " + String.join(", ", types) + "."));
        }
        return type;
    }

    String checkOf(Loader.Loaded loaded, String type) {
        String of = select.of;
        if (of.isEmpty()) {
            return of;
        }
        if (!type.equals(RecordType.AGREEMENTS.plural())) {
            throw new Failure(ExitCode.USAGE, "amity: --of works on agreements (seen from one party's side), not "
                    + type + ".");
        }
        if (loaded.data().place(of).isEmpty()) {
            List<String> ids = loaded.data().places().stream().map(p -> p.id()).toList();
            throw new Failure(ExitCode.USAGE, "amity: --of: no place has the id '" + of + "'"
                    + Nearest.hint(of, ids));
        }
        return of;
    }

    static List<String> defaultColumns(String type, String of) {
        return switch (RecordType.queryable(type).orElseThrow()) {
            case AGREEMENTS -> of.isEmpty() ? List.of("id", "parties", "countries", "type", "level", "signed")
                    : List.of("id", "partner.name", "partner.country", "type", "level", "signed");
            case FIGURES -> List.of("id", "subject", "metric", "reported", "as_of", "source");
            case PROGRAMS -> List.of("id", "name", "kind", "participants", "started", "editions");
            case SOURCES -> List.of("id", "publisher", "published", "title");
            case PLACES -> List.of("id", "name", "country", "region", "level", "agreements");
            case ACKNOWLEDGEMENTS -> throw new IllegalArgumentException(type);
        };
    }
}
