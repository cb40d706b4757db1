package amity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QualifierTest {
    private static String allows(Qualifier q, String value) {
        return q.allows(new BigDecimal(value)).toString();
    }

    @Test
    void eachQualifierAllowsTheWholeNumbersItSays() {
        assertThat(allows(Qualifier.EXACT, "53")).isEqualTo("53");
        assertThat(allows(Qualifier.ABOUT, "50")).isEqualTo("45..55");
        assertThat(allows(Qualifier.ABOUT, "55")).isEqualTo("50..60"); // 49.5..60.5, rounded inward
        assertThat(allows(Qualifier.ABOUT, "5")).isEqualTo("5"); // 4.5..5.5
        assertThat(allows(Qualifier.ABOUT, "0.3")).isEqualTo("0..1"); // no whole number within 10%
        assertThat(allows(Qualifier.MORE_THAN, "130")).isEqualTo("131..");
        assertThat(allows(Qualifier.MORE_THAN, "2.5")).isEqualTo("3..");
        assertThat(allows(Qualifier.AT_LEAST, "130")).isEqualTo("130..");
        assertThat(allows(Qualifier.LESS_THAN, "10")).isEqualTo("0..9");
        assertThat(allows(Qualifier.AT_MOST, "10")).isEqualTo("0..10");
    }

    @Test
    void partsAddUpToTheSumOfWhatEachAllows() {
        Allowed exact100 = Qualifier.EXACT.allows(new BigDecimal("100"));
        Allowed about = Qualifier.ABOUT.allows(new BigDecimal("60")).plus(Qualifier.ABOUT.allows(new BigDecimal("50")));
        assertThat(about).hasToString("99..121");
        assertThat(about.overlaps(exact100)).isTrue();
        Allowed more = Qualifier.MORE_THAN.allows(new BigDecimal("60")).plus(Qualifier.EXACT.allows(new BigDecimal("40")));
        assertThat(more).hasToString("101..");
        assertThat(more.bounded()).isFalse();
        assertThat(more.hi()).isEmpty();
        assertThat(more.overlaps(exact100)).isFalse();
        assertThat(exact100.overlaps(more)).isFalse();
    }

    @Test
    void aRangeComparedWithADerivedOneGivesTheGapToItsNearestEnd() {
        Allowed about50 = Qualifier.ABOUT.allows(new BigDecimal("50"));
        assertThat(about50.gap(40, 60)).isEqualByComparingTo("0");
        assertThat(about50.gap(58, 70)).isEqualByComparingTo("-3"); // the records certainly give 58, above 55
        assertThat(about50.gap(10, 40)).isEqualByComparingTo("5"); // at most 40: 5 short of 45
        assertThat(Qualifier.MORE_THAN.allows(new BigDecimal("130")).gap(500, 600)).isEqualByComparingTo("0");
        assertThat(Allowed.between(new BigDecimal("45"), new BigDecimal("55"))).isEqualTo(about50)
                .hasSameHashCodeAs(about50);
    }
}
