package amity.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateInterval;
import amity.model.Truth;
import amity.query.Expression;
import amity.query.Catalog;
import amity.query.QueryError;
import amity.query.ValueRow;
import amity.read.DataReader;
import amity.query.RecordFields;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The date parser and the expression parser on random text: an answer or their own error (with a
 * position inside the text for expressions), never another exception or a hang.
 */
class ParsersFuzzTest {
    static final RecordFields FIELDS = shipped();
    static final Catalog CATALOG = new Catalog("agreements", FIELDS.fields("agreements", true));
    static final List<ValueRow> ROWS = FIELDS.rows("agreements", "beijing");

    static RecordFields shipped() {
        try {
            return new RecordFields(DataReader.load(DataReader.Request.of(List.of("data"))).dataset());
        } catch (DataReader.Unreadable e) {
            throw new IllegalStateException(e);
        }
    }

    static final List<String> DATE_PIECES = List.of("1", "9", "0", "19", "197", "1979", "-", "03", "13", "31",
            "02-30", "X", "XX", "/", "..", "?", "~", "%", " ", "T10:00", "+", "e", "99999", "0000", "\u0661", "1979-");

    static final List<String> EXPRESSION_PIECES = List.of("signed", "type", "parties", "partner.country", "year",
            "decade", "continent", "level", "id", "=", "!=", "<", "<=", ">", ">=", "~", " in ", " has ", " and ",
            " or ", "not ", "(", ")", ",", "'", "\"", "1979", "1980/1989", "199X", "sister-city", "'a\\'b'",
            "\\", "[", "*", "+", "東京", " ", "\t", "\u0000", "1e9", "-1", "9999999999999999999999", "x.y.z", "..");

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.oneOf(Arbitraries.of(DATE_PIECES).list().ofMaxSize(8).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> expressions() {
        return Arbitraries.oneOf(Arbitraries.of(EXPRESSION_PIECES).list().ofMaxSize(14)
                .map(l -> String.join("", l)), Arbitraries.strings().ofMaxLength(40));
    }

    @Property(tries = 1000)
    void aDateParsesToAnOrderedIntervalOrIsMalformed(@ForAll("dates") String text) throws Exception {
        Bounded.run(text, () -> {
            try {
                DateInterval d = DateInterval.parse(text);
                assertThat(d.earliest()).as("interval of %s", Bounded.escape(text)).isBeforeOrEqualTo(d.latest());
            } catch (DateInterval.Malformed e) {
                assertThat(e.getMessage()).as("message for %s", Bounded.escape(text)).isNotBlank();
            }
            return null;
        });
    }

    @Property(tries = 1000)
    void anExpressionParsesOrPointsInsideTheText(@ForAll("expressions") String text) throws Exception {
        Bounded.run(text, () -> {
            Expression e;
            try {
                e = Expression.parse(text, CATALOG);
            } catch (QueryError err) {
                assertThat(err.getMessage()).isNotBlank();
                assertThat(err.start()).as("position for %s", Bounded.escape(text)).isBetween(0, text.length());
                assertThat(err.render()).isNotBlank();
                return null;
            }
            if (text.isBlank()) {
                // No condition: every row matches.
                assertThat(ROWS).allSatisfy(r -> assertThat(e.test(r)).isEqualTo(Truth.YES));
                return null;
            }
            // A parsed expression is whole: negated, it parses too, and is false exactly where it was
            // true (unknown stays unknown), on every row.
            Expression not = Expression.parse("not (" + text + ")", CATALOG);
            for (ValueRow r : ROWS) {
                assertThat(not.test(r)).as("not (%s)", Bounded.escape(text)).isEqualTo(e.test(r).not());
            }
            return null;
        });
    }
}
