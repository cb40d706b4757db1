package amity.report.listing;

import amity.model.Dataset;
import amity.model.RecordType;
import amity.query.Field;
import amity.query.RecordFields;
import amity.report.reconcile.ReconcileReport;
import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** `amity fields TYPE`: the fields an expression, --fields, --sort or --by may name, with type and meaning. */
public final class FieldList {
    private FieldList() {
    }

    /** The type whose fields are those of reconcile's rows. */
    public static final String FINDINGS = "findings";

    /** The fields of a record type (with the partner fields when {@code of}), or of findings. */
    public static Table table(String type, boolean of) {
        return table(type.equals(FINDINGS) ? ReconcileReport.FIELDS : fields(type, of));
    }

    /** The fields of a record type, with the partner fields when {@code of} (agreements only). */
    public static List<Field> fields(String type, boolean of) {
        // The catalog of a type does not depend on the records: an empty data set gives it.
        Dataset none = new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
        return new RecordFields(none).fields(type, of && type.equals(RecordType.AGREEMENTS.plural()));
    }

    static Table table(List<Field> fields) {
        List<Table.TableRow> rows = new ArrayList<>();
        for (Field f : fields) {
            rows.add(new Table.TableRow(List.of(Value.text(f.name()),
                    Value.text(f.type().name().toLowerCase(Locale.ROOT)), Value.text(f.meaning())), Tone.NORMAL));
        }
        return new Table(List.of(new Column("field", FieldType.TEXT), new Column("type", FieldType.TEXT),
                new Column("meaning", FieldType.TEXT)), rows, List.of());
    }
}
