package amity.cli;

import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Place;
import amity.model.RecordType;
import amity.query.Catalog;
import amity.query.ClosedValues;
import amity.query.Expression;
import amity.query.Field;
import amity.query.RecordFields;
import amity.query.ValueRow;
import amity.report.AsOf;
import amity.report.Query;
import amity.text.Nearest;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which records a query sees: from whose side, as of when, and whether possible matches count; the one
 * selection list, filter and aggregate share ({@link #select}).
 */
public final class SelectOptions {
    @Option(names = "--of", paramLabel = "PLACE", description = "Agreements from one party's side: only that "
            + "place's agreements, with partner, partner.country, partner.continent, ... fields.")
    String of = "";

    @Option(names = "--as-of", paramLabel = "DATE", description = "The records as they stood at the end of DATE "
            + "(an EDTF date: 2016 means at the end of 2016-12-31, 2016-03 at the end of 2016-03-31): "
            + "agreements signed by then and not ended.")
    String asOf = "";

    @Option(names = "--include-possible", description = "Also keep records for which the conditions possibly "
            + "hold (uncertain dates), marked in a 'match' column.")
    boolean includePossible;

    /**
     * The records a query command works on, picked once for list, filter and aggregate: the record type
     * and --of checked, the fields of that type (with a partner's when --of is given), its rows, and the
     * expression parsed against them ({@code expressionName} is what an error in it calls it).
     */
    record Selection(String type, String of, Catalog catalog, List<ValueRow> rows, Expression where,
            SelectOptions options) {

        /** The query over these rows: the expression, --as-of and --include-possible, then order, columns, limit. */
        Query query(Comparator<? super ValueRow> order, List<Field> columns, int limit) {
            return new Query(catalog, where, options.asOfDate(), options.includePossible, order, columns, limit);
        }
    }

    Selection select(Dataset data, String type, String expression, String expressionName) {
        checkType(type);
        String side = of(data, type);
        RecordFields fields = new RecordFields(data);
        Catalog catalog = new Catalog(type, fields.fields(type, !side.isEmpty()));
        List<ValueRow> rows = fields.rows(type, side);
        ClosedValues closed = ClosedValues.of(data, type, rows);
        Expression where = QueryCommand.parse(() -> Expression.parse(expression, catalog, closed), expressionName);
        return new Selection(type, side, catalog, rows, where, this);
    }

    /** A record type a query can name, else a usage error with the nearest name. */
    static String checkType(String type) {
        List<String> types = RecordType.queryableNames();
        if (!types.contains(type)) {
            throw new Failure(ExitCode.USAGE, "amity: '" + type + "' is not a record type"
                    + Nearest.hintOrList(type, types));
        }
        return type;
    }

    DateInterval asOfDate() {
        if (asOf.isEmpty()) {
            return null;
        }
        try {
            return AsOf.endOf(DateInterval.parse(asOf));
        } catch (DateInterval.Malformed e) {
            throw new Failure(ExitCode.USAGE, "amity: --as-of: " + e.getMessage() + ".");
        }
    }

    /** --of checked, once for every command: a place's id, and only on agreements; "" when not given. */
    String of(Dataset data, String type) {
        if (of.isEmpty()) {
            return of;
        }
        if (!type.equals(RecordType.AGREEMENTS.plural())) {
            throw new Failure(ExitCode.USAGE, "amity: --of works on agreements (seen from one party's side), not "
                    + type + ".");
        }
        if (data.place(of).isEmpty()) {
            throw new Failure(ExitCode.USAGE, "amity: --of: no place has the id '" + of + "'"
                    + Nearest.hint(of, data.places().stream().map(Place::id).toList()));
        }
        return of;
    }
}
