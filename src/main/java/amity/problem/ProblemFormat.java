package amity.problem;

import amity.model.Origin;
import amity.text.Visible;
import amity.text.Width;

/**
 * Writes a problem the way a reader can act on it: {@code file:line:column: sentence}, then the
 * offending line and a caret marker under the value, aligned by display width.
 */
public final class ProblemFormat {
    private ProblemFormat() {
    }

    /** The most code points of a line shown under a message; longer lines are cut around the column. */
    static final int MAX_SHOWN = 100;

    public static String format(Problem p) {
        Origin at = p.at();
        StringBuilder sb = new StringBuilder();
        // Messages quote the data ("not 'X'"): escaped like the line below, so each stays one line.
        String message = Visible.of(p.message());
        if (at.line() <= 0) {
            sb.append(at.file().isEmpty() ? "amity" : Visible.of(at.file())).append(": ").append(message).append('\n');
            return sb.toString();
        }
        if (at.column() == 0) {
            return cell(at, message);
        }
        sb.append(Visible.of(at.toString())).append(": ").append(message).append('\n');
        String gutter = " ".repeat(String.valueOf(at.line()).length());
        String line = at.lineText();
        int col = at.column() - 1;
        int length = line.codePointCount(0, line.length());
        String lead = "";
        if (length > MAX_SHOWN) {
            // A very long line (minified YAML, a pasted page) is shown as a window around the column.
            int start = Math.max(0, Math.min(col - MAX_SHOWN / 3, length - MAX_SHOWN));
            int end = Math.min(length, start + MAX_SHOWN);
            lead = start > 0 ? "…" : "";
            String window = line.substring(line.offsetByCodePoints(0, start), line.offsetByCodePoints(0, end));
            line = window;
            col -= start;
            sb.append(' ').append(at.line()).append(" | ").append(lead).append(Visible.of(window))
                    .append(end < length ? "…" : "").append('\n');
        } else {
            sb.append(' ').append(at.line()).append(" | ").append(Visible.of(line)).append('\n');
        }
        // The caret spans the marked value as displayed: a CJK character takes two columns.
        sb.append(' ').append(gutter).append(" | ").append(" ".repeat(Width.of(lead)))
                .append(Visible.caret(line, offset(line, col), offset(line, col + p.width()))).append('\n');
        return sb.toString();
    }

    /**
     * A problem of a workbook's cell: its file names the cell ("twins.xlsx: sheet 1, cell E2"), and the
     * cell's value is shown under the sentence, all of it marked.
     */
    private static String cell(Origin at, String message) {
        String value = at.lineText();
        int length = value.codePointCount(0, value.length());
        String shown = length > MAX_SHOWN ? value.substring(0, value.offsetByCodePoints(0, MAX_SHOWN)) : value;
        return Visible.of(at.file()) + ": " + message + "\n  | " + Visible.of(shown) + (shown.equals(value) ? "" : "…")
                + "\n  | " + Visible.caret(shown, 0, shown.length()) + "\n";
    }

    /** The char offset of the {@code codePoints}-th code point of {@code s} (columns count code points). */
    private static int offset(String s, int codePoints) {
        int n = Math.min(Math.max(0, codePoints), s.codePointCount(0, s.length()));
        return s.offsetByCodePoints(0, n);
    }
}
