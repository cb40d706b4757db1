package amity.report.aggregate;

import amity.report.Query;
import amity.table.Table;
import amity.table.Tone;
import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Truth;
import amity.query.Field;
import amity.query.QueryError;
import amity.query.SortKeys;
import amity.query.ValueRow;
import amity.table.FieldType;
import amity.table.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grouping, the groups' order and --sort/--limit on the aggregated rows, on a sample written here. */
class AggregateReportTest {
    static final Field TYPE = new Field("type", FieldType.TEXT, "");

    static Query.Kept record(String id, String type, Truth truth) {
        return new Query.Kept(new ValueRow(id, Map.of("type", Value.text(type)), id), truth);
    }

    /** sister-city ×3 (one only possibly), friendship ×1, exchange ×2. */
    static final List<Query.Kept> SAMPLE = List.of(record("a", "sister-city", Truth.YES),
            record("b", "friendship", Truth.YES), record("c", "sister-city", Truth.YES),
            record("d", "exchange", Truth.YES), record("e", "exchange", Truth.YES),
            record("f", "sister-city", Truth.MAYBE));

    static Table byType() {
        return AggregateReport.table(SAMPLE, new AggregateReport.Spec(List.of(TYPE), null, List.of(Measure.COUNT),
                false, false));
    }

    static List<String> lines(Table t) {
        return t.rows().stream().map(r -> String.join(" ", r.cells().stream().map(v -> v.asText(", ")).toList()))
                .toList();
    }

    @Test
    void groupsComeInKeyOrderWithPossibleMembersAsARange() {
        assertThat(lines(byType())).containsExactly("exchange 2", "friendship 1", "sister-city 2..3");
    }

    @Test
    void sortsByAColumnDescendingWithTiesInTheReportsOrder() throws QueryError {
        Table t = byType();
        Table more = new Table(t.columns(), List.of(t.rows().get(0), t.rows().get(1), t.rows().get(2),
                new Table.TableRow(List.of(Value.text("donation"), t.rows().get(0).cells().get(1)), Tone.NORMAL)),
                t.notes());
        SortKeys byCount = SortKeys.parse("count:desc", AggregateReport.sortCatalog(more));
        assertThat(lines(AggregateReport.sorted(more, byCount, 0)))
                .containsExactly("sister-city 2..3", "exchange 2", "donation 2", "friendship 1");
    }

    @Test
    void limitCutsAfterSortingAndNoSortKeepsTheReportsOrder() throws QueryError {
        Table t = byType();
        SortKeys byType = SortKeys.parse("type:desc", AggregateReport.sortCatalog(t));
        assertThat(lines(AggregateReport.sorted(t, byType, 2))).containsExactly("sister-city 2..3", "friendship 1");
        SortKeys none = SortKeys.parse("", AggregateReport.sortCatalog(t));
        assertThat(lines(AggregateReport.sorted(t, none, 2))).containsExactly("exchange 2", "friendship 1");
        assertThat(AggregateReport.sorted(t, none, 0)).isSameAs(t);
    }
}
