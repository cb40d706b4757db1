package amity.report.listing;

import amity.model.RecordType;
import amity.query.ValueRow;
import amity.report.Query;
import amity.table.Table;
import amity.table.Tone;
import java.util.List;

/** `list` and `filter`: the records of one type a query keeps, and each type's default columns. */
public final class ListReport {
    private ListReport() {
    }

    /** The columns shown when --fields is not given; agreements seen with --of show the partner instead. */
    public static List<String> defaultColumns(RecordType type, boolean of) {
        return switch (type) {
            case AGREEMENTS -> of
                    ? List.of("id", "partner.id", "partner.name", "partner.country", "type", "level", "signed")
                    : List.of("id", "parties", "countries", "type", "level", "signed");
            case FIGURES -> List.of("id", "subject", "metric", "reported", "as_of", "source.id");
            case PROGRAMS -> List.of("id", "name", "kind", "participants", "started", "editions");
            case SOURCES -> List.of("id", "publisher", "published", "title");
            case PLACES -> List.of("id", "name", "country", "region", "level", "agreements");
            case ACKNOWLEDGEMENTS -> List.of("id", "finding", "digest", "reason");
        };
    }

    /** The rows the query keeps, as a table. */
    public static Table table(Query query, List<ValueRow> rows) {
        return query.table(rows, r -> Tone.NORMAL);
    }
}
