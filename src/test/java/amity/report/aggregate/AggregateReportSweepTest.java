package amity.report.aggregate;

import amity.report.Query;
import amity.table.Table;
import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateInterval;
import amity.model.Truth;
import amity.query.Field;
import amity.query.ValueRow;
import amity.table.FieldType;
import amity.table.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The sweep along the time buckets gives exactly the table that listing every bucket a record's
 * date spans gives (AggregateByListing), for any dates, open ones included, and any measures.
 */
class AggregateReportSweepTest {
    static final List<String> DATES = List.of("1979-03-14", "1979", "197X", "1980/1989", "../1985", "1990/..",
            "1985?", "1999", "19XX", "2001/2003", "../1960", "1975/2012", "0001", "1968", "", "?");
    static final Field YEAR = new Field("year", FieldType.DATE, "");
    static final Field DECADE = new Field("decade", FieldType.DATE, "");
    static final Field REGION = new Field("region", FieldType.TEXT, "");
    static final Field TAGS = new Field("tags", FieldType.LIST, "");
    static final Field VALUE = new Field("value", FieldType.NUMBER, "");
    static final List<List<Field>> BY = List.of(List.of(YEAR), List.of(DECADE), List.of(REGION, YEAR),
            List.of(YEAR, TAGS), List.of(DECADE, YEAR), List.of(REGION));
    static final List<Measure> MEASURES = List.of(Measure.COUNT, new Measure(Measure.Kind.DISTINCT, REGION),
            new Measure(Measure.Kind.DISTINCT, TAGS), new Measure(Measure.Kind.SUM, VALUE),
            new Measure(Measure.Kind.MIN, VALUE), new Measure(Measure.Kind.MAX, VALUE),
            new Measure(Measure.Kind.MEAN, VALUE));
    static final List<String> VALUES = List.of("", "3", "3.0", "-1.25", "7", "0.5", "1E+1");

    record Record(String year, String region, List<String> tags, String value, boolean sure) {
    }

    record Case(List<Record> records, int by, int across, List<Integer> measures, boolean cumulative,
            boolean unknownBucket) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Record> record = Combinators.combine(Arbitraries.of(DATES), Arbitraries.of("", "east", "West", "west"),
                Arbitraries.of("a", "b", "c").list().ofMaxSize(2), Arbitraries.of(VALUES),
                Arbitraries.of(true, true, false)).as(Record::new);
        return Combinators.combine(record.list().ofMaxSize(40), Arbitraries.integers().between(0, BY.size() - 1),
                Arbitraries.integers().between(-1, 2), Arbitraries.integers().between(0, MEASURES.size() - 1)
                        .list().ofMinSize(1).ofMaxSize(4).uniqueElements(),
                Arbitraries.of(false, false, true), Arbitraries.of(false, false, true)).as(Case::new);
    }

    @Property(tries = 500)
    void sweepGivesWhatListingEveryBucketGives(@ForAll("cases") Case c) {
        List<Query.Kept> kept = new ArrayList<>();
        for (int i = 0; i < c.records().size(); i++) {
            Record r = c.records().get(i);
            Map<String, Value> v = new HashMap<>();
            Value date = r.year().isEmpty() ? Value.MISSING
                    : Value.date(r.year().equals("?") ? DateInterval.UNKNOWN : DateInterval.of(r.year()));
            v.put("year", date);
            v.put("decade", date);
            v.put("region", Value.text(r.region()));
            v.put("tags", Value.texts(r.tags()));
            v.put("value", r.value().isEmpty() ? Value.MISSING : new Value.Num(new BigDecimal(r.value())));
            kept.add(new Query.Kept(new ValueRow("r" + i, v, "r" + i), r.sure() ? Truth.YES : Truth.MAYBE));
        }
        List<Field> by = BY.get(c.by());
        Field across = c.across() < 0 ? null : List.of(YEAR, DECADE, REGION).get(c.across());
        List<Measure> measures = c.measures().stream().map(MEASURES::get).toList();
        boolean cumulative = c.cumulative() && Buckets.isTime(by.get(0));
        AggregateReport.Spec spec = new AggregateReport.Spec(by, across, measures, cumulative, c.unknownBucket());
        assertThat(lines(AggregateReport.table(kept, spec))).containsExactlyElementsOf(
                lines(AggregateByListing.table(kept, spec)));
    }

    /** The table as lines: the columns, each row's cells (Range and Num keep their scale), the notes. */
    static List<String> lines(Table t) {
        List<String> out = new ArrayList<>();
        out.add(t.columns().toString());
        t.rows().forEach(r -> out.add(r.toString()));
        out.addAll(t.notes());
        return out;
    }
}
