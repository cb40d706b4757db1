package amity.report.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateInterval;
import amity.model.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding keys written and read back by one type; digests from an explicit encoding of each input. */
class FindingKeyTest {

    @Test
    void everyKindOfKeyReadsBackToWhatWroteIt() {
        for (FindingKey k : List.of(FindingKey.of("figure", "pd2000-sister-cities"),
                FindingKey.of("series", "a", "b"), FindingKey.of("readings", "cd2016-cities", "cd2016-countries"),
                FindingKey.of("joint", "a", "b", "c"), FindingKey.of("dates", "beijing-manila"),
                FindingKey.of("scope", "pd2023-260"))) {
            assertThat(FindingKey.parse(k.text())).contains(k);
        }
        assertThat(FindingKey.of("joint", "a", "b").text()).isEqualTo("joint/a+b");
        assertThat(FindingKey.of("series", "a", "b").text()).isEqualTo("series/a/b");
        assertThat(FindingKey.parse("series/a/b").orElseThrow().ids()).containsExactly("a", "b");
        assertThat(FindingKey.parse("joint/a+b").orElseThrow().ids()).containsExactly("a", "b");
    }

    @Test
    void aKeyWithoutAKindOrAnIdIsNone() {
        assertThat(FindingKey.parse("figure")).isEqualTo(Optional.empty());
        assertThat(FindingKey.parse("/x")).isEqualTo(Optional.empty());
        assertThat(FindingKey.parse("figure/")).isEqualTo(Optional.empty());
        assertThat(FindingKey.parse("joint/a++b")).isEqualTo(Optional.empty());
    }

    @Test
    void aDigestStartsWithALetterAndDependsOnTheInputsNotOnHowTheyPrint() {
        String d = new Digest().number(new BigDecimal("55")).qualifier(Qualifier.EXACT)
                .date(DateInterval.of("1995")).value();
        assertThat(d).matches("d[0-9a-f]{8}");
        // 55 and 55.0 are one number, 1995 and 1995-01-01/1995-12-31 one interval.
        assertThat(new Digest().number(new BigDecimal("55.0")).qualifier(Qualifier.EXACT)
                .date(DateInterval.of("1995-01-01/1995-12-31")).value()).isEqualTo(d);
        // Each input is delimited: "ab" + "c" is not "a" + "bc".
        assertThat(new Digest().text("ab").text("c").value()).isNotEqualTo(new Digest().text("a").text("bc").value());
        assertThat(Digest.oldStyle("21352e46")).isTrue();
        assertThat(Digest.oldStyle(d)).isFalse();
    }
}
