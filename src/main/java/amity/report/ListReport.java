package amity.report;

import amity.query.ValueRow;
import java.util.List;

/** `list` and `filter`: the records of one type a query keeps, and each type's default columns. */
public final class ListReport {
    private ListReport() {
    }

    /** The columns shown when --fields is not given; agreements seen with --of show the partner instead. */
    public static List<String> defaultColumns(String type, boolean of) {
        return switch (type) {
            case "agreements" -> of ? List.of("id", "partner.name", "partner.country", "type", "level", "signed")
                    : List.of("id", "parties", "countries", "type", "level", "signed");
            case "figures" -> List.of("id", "subject", "metric", "reported", "as_of", "source");
            case "programs" -> List.of("id", "name", "kind", "participants", "started", "editions");
            case "sources" -> List.of("id", "publisher", "published", "title");
            case "places" -> List.of("id", "name", "country", "region", "level", "agreements");
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** The rows the query keeps, as a table. */
    public static Table table(Query query, List<ValueRow> rows) {
        return query.table(rows, r -> Tone.NORMAL);
    }
}
