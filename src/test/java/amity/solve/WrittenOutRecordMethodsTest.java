package amity.solve;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Counts;
import amity.model.DateInterval;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals, hashCode and toString are written out for start-up's sake behave as the
 * generated ones: equal exactly when every component is, and Counts prints as a record does (finding
 * digests, and so the acknowledgements in data files, are made from it).
 */
class WrittenOutRecordMethodsTest {
    @Test
    void countsPrintsAndComparesAsARecord() {
        Counts c = new Counts("agreements", "beijing", "type = sister-city", "");
        assertThat(c).hasToString("Counts[type=agreements, of=beijing, where=type = sister-city, distinct=]");
        assertThat(new Counts(null, "", "", "")).hasToString("Counts[type=null, of=, where=, distinct=]");
        assertThat(c).isEqualTo(new Counts("agreements", "beijing", "type = sister-city", ""))
                .hasSameHashCodeAs(new Counts("agreements", "beijing", "type = sister-city", ""));
        assertThat(c).isNotEqualTo(new Counts("programs", "beijing", "type = sister-city", ""))
                .isNotEqualTo(new Counts("agreements", "prague", "type = sister-city", ""))
                .isNotEqualTo(new Counts("agreements", "beijing", "", ""))
                .isNotEqualTo(new Counts("agreements", "beijing", "type = sister-city", "country"))
                .isNotEqualTo("Counts[type=agreements, of=beijing, where=type = sister-city, distinct=]");
    }

    /** The generated hashCode's formula (31 * h + each component's, from 0), so hash order is unchanged. */
    @Test
    void hashCodesKeepTheGeneratedFormula() {
        DateInterval d = DateInterval.of("2019-05?");
        int h = 0;
        for (Object c : new Object[] {d.text(), d.earliest(), d.latest(), d.uncertain(), d.approximate()}) {
            h = h * 31 + java.util.Objects.hashCode(c);
        }
        assertThat(d.hashCode()).isEqualTo(h);
        Counts c = new Counts("agreements", "beijing", "", "country");
        assertThat(c.hashCode()).isEqualTo(((("agreements".hashCode() * 31) + "beijing".hashCode()) * 31
                + "".hashCode()) * 31 + "country".hashCode());
        Tally t = Tally.count(List.of("a"), d);
        assertThat(t.hashCode()).isEqualTo(((List.of("a").hashCode() * 31 + d.hashCode()) * 31
                + Boolean.hashCode(false)) * 31 + "".hashCode());
    }

    @Test
    void dateIntervalsAreEqualExactlyWhenEveryComponentIs() {
        DateInterval d = DateInterval.of("2019-05?");
        assertThat(d).isEqualTo(DateInterval.of("2019-05?")).hasSameHashCodeAs(DateInterval.of("2019-05?"));
        assertThat(d).isNotEqualTo(DateInterval.of("2019-05")).isNotEqualTo(DateInterval.of("2019-05~"))
                .isNotEqualTo(DateInterval.of("2019-06?")).isNotEqualTo(DateInterval.UNKNOWN);
        assertThat(DateInterval.UNKNOWN.given()).isFalse();
        assertThat(d.given()).isTrue();
    }

    @Test
    void tallyComparesByItemsDateAndKind() {
        DateInterval d = DateInterval.of("2019");
        Tally t = Tally.count(List.of("b", "a"), d);
        assertThat(t).isEqualTo(Tally.count(List.of("a", "b"), DateInterval.of("2019")))
                .hasSameHashCodeAs(Tally.count(List.of("a", "b"), DateInterval.of("2019")));
        assertThat(t).isNotEqualTo(Tally.distinct(List.of("a", "b"), d))
                .isNotEqualTo(Tally.count(List.of("a"), d))
                .isNotEqualTo(Tally.count(List.of("a", "b"), DateInterval.of("2020")))
                .isNotEqualTo(Tally.count(List.of("a", "b"), d).sharing("gazette@2019"));
    }
}
