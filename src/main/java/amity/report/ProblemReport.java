package amity.report;

import amity.model.Origin;
import amity.problem.Problem;
import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `amity check`'s problems as a table for json and jsonl: one row per problem with its file, line,
 * column and end column (the last column the caret marks), severity, the sentence, and the
 * suggestion the sentence ends with (null when it has none).
 */
public final class ProblemReport {
    private ProblemReport() {
    }

    /** The columns, in the order every row's object lists them. */
    public static final List<Column> COLUMNS = List.of(new Column("file", FieldType.TEXT),
            new Column("line", FieldType.NUMBER), new Column("column", FieldType.NUMBER),
            new Column("end_column", FieldType.NUMBER), new Column("severity", FieldType.TEXT),
            new Column("message", FieldType.TEXT), new Column("suggestion", FieldType.TEXT));

    // Messages end "...; did you mean 'x'?" or "...; use one of: ...": the tail after the last "; " that
    // starts with one of these words tells the reader what to write instead.
    private static final Pattern SUGGESTION = Pattern.compile(
            "^(.*?); ((?:did you mean|use|write|add|pass|quote|run|ISO 3166-1 writes) .*)$", Pattern.DOTALL);

    public static Table table(List<Problem> problems) {
        List<Table.TableRow> rows = new ArrayList<>();
        for (Problem p : problems) {
            Origin at = p.at();
            boolean located = at.line() > 0;
            String message = p.message();
            Value suggestion = Value.MISSING;
            Matcher m = SUGGESTION.matcher(message);
            if (m.matches()) {
                message = m.group(1) + ".";
                suggestion = Value.text(capital(m.group(2)));
            }
            rows.add(new Table.TableRow(List.of(Value.text(at.file()),
                    located ? Value.num(at.line()) : Value.MISSING,
                    located ? Value.num(at.column()) : Value.MISSING,
                    located ? new Value.Num(BigDecimal.valueOf(at.column() + Math.max(1, p.width()) - 1))
                            : Value.MISSING,
                    Value.text("error"), Value.text(message), suggestion), Tone.BAD));
        }
        return new Table(COLUMNS, rows, List.of());
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
