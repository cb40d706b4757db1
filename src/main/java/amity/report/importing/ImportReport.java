package amity.report.importing;

import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import amity.text.Plural;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What an import would add, one row per change, for `amity import --dry-run`: by row, then kind. */
public final class ImportReport {
    private ImportReport() {
    }

    public static final List<Column> COLUMNS = List.of(new Column("change", FieldType.TEXT),
            new Column("id", FieldType.TEXT), new Column("row", FieldType.NUMBER), new Column("detail", FieldType.TEXT));

    public static Table table(Import.Result r) {
        List<Table.TableRow> rows = new ArrayList<>();
        r.changes().stream().sorted(Comparator.comparingInt(Import.Change::row)
                .thenComparing(Import.Change::kind)).forEach(c -> rows.add(new Table.TableRow(List.of(
                        new Value.Text(c.kind().words()), new Value.Text(c.id()),
                        c.row() == 0 ? new Value.Missing() : new Value.Num(BigDecimal.valueOf(c.row())),
                        new Value.Text(c.detail())), c.kind() == Import.Kind.SKIPPED ? Tone.WARN : Tone.NORMAL)));
        return new Table(COLUMNS, rows, List.of(summary(r, true)));
    }

    /** "1 new source, 3 new places, 2 new agreements, 4 rows merged, 1 row updated, 1 row already there, 0 rows skipped". */
    public static String summary(Import.Result r, boolean would) {
        long candidates = r.count(Import.Kind.CANDIDATE);
        return Plural.count(r.count(Import.Kind.NEW_SOURCE), "new source") + ", "
                + Plural.count(r.count(Import.Kind.NEW_PLACE), "new place") + ", "
                + Plural.count(r.count(Import.Kind.NEW_AGREEMENT), "new agreement") + ", "
                + Plural.count(r.count(Import.Kind.MERGED), "row") + " merged, "
                + Plural.count(r.count(Import.Kind.UPDATED), "row") + " updated, "
                + Plural.count(r.count(Import.Kind.UNCHANGED), "row") + " already there, "
                + Plural.count(r.count(Import.Kind.SKIPPED), "row") + " skipped"
                + (candidates > 0 ? ", " + Plural.count(candidates, "candidate") + " to review" : "")
                + (would ? " (dry run: nothing written)" : "");
    }

    /** The candidates' lines, for standard error after a real import. */
    public static List<String> candidates(Import.Result r) {
        return r.changes().stream().filter(c -> c.kind() == Import.Kind.CANDIDATE).map(Import.Change::detail).toList();
    }
}
