package amity.query;

import amity.table.FieldType;
import amity.table.Value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import amity.model.DateInterval;
import amity.model.Truth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {
    static final Catalog CATALOG = new Catalog("things", List.of(
            new Field("name", FieldType.TEXT, ""), new Field("n", FieldType.NUMBER, ""),
            new Field("signed", FieldType.DATE, ""), new Field("capital", FieldType.BOOLEAN, ""),
            new Field("tags", FieldType.LIST, ""), new Field("count", FieldType.RANGE, ""),
            new Field("partner.country", FieldType.TEXT, "")));

    static Row row(String id, String name, long n, String date, boolean capital, List<String> tags, long lo,
            long hi) {
        Map<String, Value> v = new HashMap<>();
        v.put("name", Value.text(name));
        v.put("n", Value.num(n));
        v.put("signed", date == null ? Value.MISSING : Value.date(DateInterval.of(date)));
        v.put("capital", new Value.Bool(capital));
        v.put("tags", Value.texts(tags));
        v.put("count", new Value.Range(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi)));
        v.put("partner.country", Value.text("NO"));
        return new ValueRow(id, v, null);
    }

    static final Row TOKYO = row("t", "Tokyo", 53, "1979-03-14", true, List.of("asia", "capital"), 3, 5);
    static final Row NINETIES = row("n", "Kyiv", 7, "199X", true, List.of(), 2, 2);
    static final Row NONE = row("x", "", 0, null, false, List.of("b"), 0, 9);

    static Truth test(String expr, Row r) throws QueryError {
        return Expression.parse(expr, CATALOG).test(r);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "name = Tokyo|YES", "name = tokyo|NO", "name != Kyiv|YES", "name ~ '^TOK'|YES", "name ~ kyo$|YES",
        "n > 50|YES", "n >= 53|YES", "n < 53|NO", "n <= 53.0|YES", "n = 53|YES",
        "capital = true|YES", "capital = no|NO", "tags has asia|YES", "tags has europe|NO", "tags ~ ^cap|YES",
        "count >= 3|YES", "count >= 4|MAYBE", "count > 5|NO", "count = 4|MAYBE",
        "name in (Kyiv, Tokyo)|YES", "name in (Kyiv)|NO", "not name = Tokyo|NO",
        "name = Tokyo and n < 10|NO", "name = Kyiv or n > 10|YES", "not (name = Kyiv or n < 10)|YES",
        "name = Kyiv or name = Tokyo and n = 1|NO", "(name = Kyiv or name = Tokyo) and n = 53|YES",
        "signed = 1979|YES", "signed = 197X|YES", "signed < 1980|YES", "signed >= 1979-03-15|NO",
        "partner.country = NO|YES", "name = \"Tokyo\"|YES",
    })
    void comparesEveryType(String expr, Truth expected) throws QueryError {
        assertThat(test(expr, TOKYO)).as(expr).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "signed = 199X|YES", "signed = 1995|MAYBE", "signed != 1995|MAYBE", "signed < 2000|YES",
        "signed < 1995|MAYBE", "signed < 1990|NO", "signed <= 1999|YES", "signed > 1989|YES",
        "signed > 1995|MAYBE", "signed >= 2000|NO", "signed = ../1999|YES", "signed = ../1995|MAYBE",
        "signed = 1990/2009|YES", "signed >= 1995 and n = 7|MAYBE", "signed >= 1995 or n = 7|YES",
        "not signed = 1995|MAYBE",
    })
    void datesAreThreeValued(String expr, Truth expected) throws QueryError {
        assertThat(test(expr, NINETIES)).as(expr).isEqualTo(expected);
    }

    @Test
    void missingValuesFailEveryTestButNotEqual() throws QueryError {
        assertThat(test("signed < 2000", NONE)).isEqualTo(Truth.NO);
        assertThat(test("signed = 2000", NONE)).isEqualTo(Truth.NO);
        assertThat(test("signed != 2000", NONE)).isEqualTo(Truth.YES);
        assertThat(test("name != Tokyo", NONE)).isEqualTo(Truth.YES);
        assertThat(test("", NONE)).isEqualTo(Truth.YES);
    }

    @Test
    void theEmptyStringMatchesExactlyTheMissingAndEmptyValues() throws QueryError {
        assertThat(test("name = ''", NONE)).isEqualTo(Truth.YES);
        assertThat(test("signed = \"\"", NONE)).isEqualTo(Truth.YES);
        assertThat(test("n = ''", NONE)).isEqualTo(Truth.NO);
        assertThat(test("n != ''", NONE)).isEqualTo(Truth.YES);
        assertThat(test("name != ''", NONE)).isEqualTo(Truth.NO);
        assertThat(test("name in ('', Tokyo)", NONE)).isEqualTo(Truth.YES);
        assertThat(test("not name = ''", NONE)).isEqualTo(Truth.NO);
    }

    @Test
    void quotedStringsKeepSpacesAndEscapes() throws QueryError {
        Row r = row("q", "Rio de \"Janeiro\"", 1, "2000", false, List.of("a b"), 0, 0);
        assertThat(test("name = 'Rio de \"Janeiro\"'", r)).isEqualTo(Truth.YES);
        assertThat(test("name = \"Rio de \\\"Janeiro\\\"\"", r)).isEqualTo(Truth.YES);
        assertThat(test("tags has 'a b'", r)).isEqualTo(Truth.YES);
    }

    static String error(String expr) {
        try {
            Expression.parse(expr, CATALOG);
        } catch (QueryError e) {
            return e.render();
        }
        throw new AssertionError("no error for " + expr);
    }

    @Test
    void errorsPointAtTheProblemWithOneSentence() {
        assertThat(error("nam = Tokyo")).isEqualTo("  nam = Tokyo\n  ^^^\nunknown field 'nam'; did you mean 'name'?\n");
        assertThat(error("zzzzzz = 1")).isEqualTo(
                "  zzzzzz = 1\n  ^^^^^^\nunknown field 'zzzzzz'; run 'amity fields things' to list them.\n");
        assertThat(error("n > many")).isEqualTo("  n > many\n      ^^^^\nn is a number, and 'many' is not one.\n");
        assertThat(error("signed = 1979-13")).isEqualTo("  signed = 1979-13\n           ^^^^^^^\n"
                + "signed is a date, and '1979-13' has month 13; months run 01 to 12.\n");
        assertThat(error("name ~ '(unclosed'")).startsWith("  name ~ '(unclosed'\n         ^^^^^^^^^^^\n"
                + "'(unclosed' is not a regular expression: Unclosed group");
        assertThat(error("(name = a")).isEqualTo(
                "  (name = a\n           ^\nthe '(' at column 1 is never closed; add a ')'.\n");
        assertThat(error("name = a b")).isEqualTo(
                "  name = a b\n           ^\nexpected 'and', 'or' or the end of the expression, found 'b'.\n");
        assertThat(error("name has a")).isEqualTo(
                "  name has a\n       ^^^\n'has' tests an item of a list, and name is not a list; use '='.\n");
        assertThat(error("tags = a")).isEqualTo(
                "  tags = a\n       ^\ntags is a list; test an item with 'has', e.g. tags has x.\n");
        assertThat(error("name < b")).isEqualTo("  name < b\n       ^\nname is text; compare it with = != or ~.\n");
        assertThat(error("name =")).isEqualTo(
                "  name =\n        ^\nthe condition on name has no value to compare with.\n");
        assertThat(error("name = 'open")).isEqualTo(
                "  name = 'open\n         ^\nthis quoted text is never closed; add a ' at its end.\n");
    }

    @Test
    void caretsAlignByDisplayWidthAndControlCharactersAreShownEscaped() {
        assertThat(error("name = 東京 and nme = x")).isEqualTo(
                "  name = 東京 and nme = x\n                  ^^^\nunknown field 'nme'; did you mean 'name'?\n");
        assertThat(error("name = '\u001b[31m' and nme = x")).isEqualTo(
                "  name = '\\x1b[31m' and nme = x\n                        ^^^\n"
                        + "unknown field 'nme'; did you mean 'name'?\n");
    }

    @Test
    void sortsByTypeWithMissingLastAndTiesById() throws QueryError {
        List<Row> rows = new ArrayList<>(List.of(NONE, NINETIES, TOKYO, row("a", "Kyiv", 7, "1995", false,
                List.of(), 0, 0)));
        rows.sort(SortKeys.parse("signed", CATALOG).comparator());
        assertThat(rows).extracting(Row::id).containsExactly("t", "n", "a", "x");
        rows.sort(SortKeys.parse("n:desc,name", CATALOG).comparator());
        assertThat(rows).extracting(Row::id).containsExactly("t", "a", "n", "x");
        rows.sort(SortKeys.parse("", CATALOG).comparator());
        assertThat(rows).extracting(Row::id).containsExactly("a", "n", "t", "x");
        assertThatThrownBy(() -> SortKeys.parse("n:sideways", CATALOG)).isInstanceOf(QueryError.class)
                .hasMessage("'sideways' is not a direction; use :asc or :desc.");
    }

    @Test
    void projectsNamedFieldsInOrder() throws QueryError {
        assertThat(Projection.parse("n, name", CATALOG).fields()).extracting(Field::name).containsExactly("n", "name");
        assertThatThrownBy(() -> Projection.parse("n,n", CATALOG)).hasMessage("'n' is already listed.");
        assertThatThrownBy(() -> Projection.parse("n,,name", CATALOG))
                .hasMessage("an empty field name; separate names with single commas.");
    }

    @Test
    void aValueAClosedFieldNeverTakesIsAnErrorWithTheNearest() throws QueryError {
        ClosedValues closed = ClosedValues.NONE
                .with("name", new ClosedValues.Closed(List.of("Tokyo", "Paris"), "a known name"))
                .with("tags", new ClosedValues.Closed(List.of("a", "b"), "a tag"));
        assertThatThrownBy(() -> Expression.parse("name = Tokio", CATALOG, closed))
                .isInstanceOf(QueryError.class).hasMessage("'Tokio' is not a known name; did you mean 'Tokyo'?");
        assertThatThrownBy(() -> Expression.parse("name in (Paris, Rome)", CATALOG, closed))
                .hasMessage("'Rome' is not a known name; use one of: Paris, Tokyo.");
        assertThatThrownBy(() -> Expression.parse("tags has c", CATALOG, closed)).hasMessageStartingWith("'c' is");
        for (String fine : List.of("name = Tokyo", "name != ''", "name ~ tok", "tags has b", "n = 3")) {
            assertThat(Expression.parse(fine, CATALOG, closed).fieldsUsed()).isNotEmpty();
        }
    }
}
