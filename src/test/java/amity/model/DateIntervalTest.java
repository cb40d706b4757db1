package amity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateIntervalTest {
    @ParameterizedTest
    @CsvSource({
        "1979-03-14, 1979-03-14, 1979-03-14",
        "1979-03, 1979-03-01, 1979-03-31",
        "2016-02, 2016-02-01, 2016-02-29",
        "1979, 1979-01-01, 1979-12-31",
        "199X, 1990-01-01, 1999-12-31",
        "19XX, 1900-01-01, 1999-12-31",
        "1980/1989, 1980-01-01, 1989-12-31",
        "../1989, 0001-01-01, 1989-12-31",
        "2009/.., 2009-01-01, 9999-12-31",
        "1990/2009-06, 1990-01-01, 2009-06-30",
        "1979?, 1979-01-01, 1979-12-31",
        "1979~, 1979-01-01, 1979-12-31",
    })
    void parsesEveryFormAsAnInterval(String text, String earliest, String latest) {
        DateInterval d = DateInterval.of(text);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.earliest()).isEqualTo(LocalDate.parse(earliest));
        assertThat(d.latest()).isEqualTo(LocalDate.parse(latest));
    }

    @Test
    void marksUncertainAndApproximate() {
        assertThat(DateInterval.of("1979?").uncertain()).isTrue();
        assertThat(DateInterval.of("1979?").approximate()).isFalse();
        assertThat(DateInterval.of("1979~").approximate()).isTrue();
        assertThat(DateInterval.of("1979%").uncertain()).isTrue();
        assertThat(DateInterval.of("1979%").approximate()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1979-13|'1979-13' has month 13; months run 01 to 12",
        "1979-02-30|'1979-02-30' is not a day of the calendar: 1979-02 has no day 30",
        "March 1979|'March 1979' is not a date; write YYYY-MM-DD, YYYY-MM, YYYY, 199X, 1980/1989 or ../1989",
        "1989/1980|'1989/1980' ends before it starts",
        "../..|'../..' is open at both ends; write at least one of them",
        "1979/1980/1981|'1979/1980/1981' has more than one '/'; an interval is START/END",
        "79|'79' is not a date; write YYYY-MM-DD, YYYY-MM, YYYY, 199X, 1980/1989 or ../1989",
    })
    void rejectsMalformedDatesWithAReason(String text, String message) {
        assertThatThrownBy(() -> DateInterval.parse(text)).isInstanceOf(DateInterval.Malformed.class)
                .hasMessage(message);
    }

    @Test
    void comparesThreeValued() {
        DateInterval nineties = DateInterval.of("199X");
        assertThat(DateInterval.of("1995").within(nineties)).isEqualTo(Truth.YES);
        assertThat(DateInterval.of("1989/1991").within(nineties)).isEqualTo(Truth.MAYBE);
        assertThat(DateInterval.of("2009").within(nineties)).isEqualTo(Truth.NO);
        assertThat(DateInterval.of("1999").onOrBefore(DateInterval.of("2000-09"))).isEqualTo(Truth.YES);
        assertThat(DateInterval.of("2000").onOrBefore(DateInterval.of("2000-09"))).isEqualTo(Truth.MAYBE);
        assertThat(DateInterval.of("2009").onOrBefore(DateInterval.of("2000-09"))).isEqualTo(Truth.NO);
        assertThat(DateInterval.of("../1989").before(DateInterval.of("1990"))).isEqualTo(Truth.YES);
        assertThat(DateInterval.of("1979-03-14").sameAs(DateInterval.of("1979-03-14"))).isEqualTo(Truth.YES);
        assertThat(DateInterval.of("1979-03").sameAs(DateInterval.of("1979-03-14"))).isEqualTo(Truth.MAYBE);
    }

    @Test
    void intersectsAndSpans() {
        assertThat(DateInterval.of("199X").intersect(DateInterval.of("1999"))).contains(DateInterval.of("1999"));
        assertThat(DateInterval.of("1999").intersect(DateInterval.of("2009"))).isEmpty();
        assertThat(DateInterval.of("1999").hull(DateInterval.of("2009")).text()).isEqualTo("1999/2009");
        assertThat(DateInterval.of("1993-10").hull(DateInterval.of("1994-02")).text()).isEqualTo("1993-10/1994-02");
        assertThat(DateInterval.of("1993-10-23").hull(DateInterval.of("1994")).text())
                .isEqualTo("1993-10-23/1994-12-31");
        assertThat(DateInterval.of("199X").intersect(DateInterval.of("1993/2019-11-13")).orElseThrow().text())
                .isEqualTo("1993/1999");
    }

    @Test
    void truthIsKleeneLogic() {
        assertThat(Truth.MAYBE.and(Truth.YES)).isEqualTo(Truth.MAYBE);
        assertThat(Truth.MAYBE.and(Truth.NO)).isEqualTo(Truth.NO);
        assertThat(Truth.MAYBE.or(Truth.YES)).isEqualTo(Truth.YES);
        assertThat(Truth.MAYBE.not()).isEqualTo(Truth.MAYBE);
        assertThat(Truth.YES.not()).isEqualTo(Truth.NO);
    }
}
