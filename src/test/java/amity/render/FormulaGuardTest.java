package amity.render;

import static org.assertj.core.api.Assertions.assertThat;

import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every character a spreadsheet reads as the start of a formula (OWASP's list) is guarded in CSV and TSV. */
class FormulaGuardTest {
    static String csv(String cell, boolean raw, char delimiter) {
        Table t = new Table(List.of(new Column("name", FieldType.TEXT), new Column("n", FieldType.NUMBER)),
                List.of(new Table.TableRow(List.of(Value.text(cell), Value.num(-3)), Tone.NORMAL)), List.of());
        StringWriter out = new StringWriter();
        Format f = delimiter == '\t' ? Format.TSV : Format.CSV;
        RenderOptions o = new RenderOptions(f, false, false, 0, 80, false, false, delimiter, raw);
        Renderer.render(t, o, new PrintWriter(out), new PrintWriter(new StringWriter()));
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void aCellStartingWithATriggerGetsALeadingApostrophe(String trigger) {
        String cell = trigger + "HYPERLINK(\"http://example.org\")";
        String quoted = "\"'" + cell.replace("\"", "\"\"") + "\"";
        assertThat(csv(cell, false, ',')).isEqualTo(quoted + ",-3\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@"})
    void tsvIsGuardedToo(String trigger) {
        assertThat(csv(trigger + "1+1", false, '\t')).isEqualTo("'" + trigger + "1+1\t-3\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@"})
    void rawLeavesTheCellAsItIs(String trigger) {
        assertThat(csv(trigger + "1+1", true, ',')).isEqualTo(trigger + "1+1,-3\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=1", " =1", "'=1", "1-2", "東京=", ""})
    void otherCellsAreNotTouched(String cell) {
        assertThat(csv(cell, false, ',')).isEqualTo(cell + ",-3\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+26", "-4", "+2.5", "-0"})
    void aPlainSignedNumberIsDataNotAFormula(String cell) {
        assertThat(csv(cell, false, ',')).isEqualTo(cell + ",-3\n");
        assertThat(csv(cell, false, '\t')).isEqualTo(cell + "\t-3\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+26a", "-4+1", "+", "-", "+ 2", "--4", "+2.", "-1e5"})
    void anythingElseStartingWithASignIsGuarded(String cell) {
        assertThat(csv(cell, false, ',')).isEqualTo("'" + cell + ",-3\n");
    }
}
