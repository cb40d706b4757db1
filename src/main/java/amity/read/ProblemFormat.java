package amity.read;

import amity.model.Origin;
import org.jline.utils.WCWidth;

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
        String message = visible(p.message());
        if (at.line() <= 0) {
            sb.append(at.file().isEmpty() ? "amity" : visible(at.file())).append(": ").append(message).append('\n');
            return sb.toString();
        }
        sb.append(visible(at.toString())).append(": ").append(message).append('\n');
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
            sb.append(' ').append(at.line()).append(" | ").append(lead).append(visible(window))
                    .append(end < length ? "…" : "").append('\n');
        } else {
            sb.append(' ').append(at.line()).append(" | ").append(visible(line)).append('\n');
        }
        int before = width(lead) + width(visible(prefix(line, col)));
        // The caret spans the marked value as displayed: a CJK character takes two columns.
        int marked = width(visible(prefix(line, col + p.width()))) + width(lead) - before;
        sb.append(' ').append(gutter).append(" | ").append(" ".repeat(before))
                .append("^".repeat(Math.max(1, marked))).append('\n');
        return sb.toString();
    }

    /** The first {@code codePoints} code points of {@code s} (columns are counted in code points). */
    private static String prefix(String s, int codePoints) {
        int n = Math.min(Math.max(0, codePoints), s.codePointCount(0, s.length()));
        return s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** Shows control characters escaped so a data file can never drive the terminal. */
    public static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\x%02x", cp));
            } else if (cp == 0x2028 || cp == 0x2029) {
                // Line and paragraph separators: some terminals and editors break the line there.
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    static int width(String s) {
        return s.codePoints().map(cp -> Math.max(0, WCWidth.wcwidth(cp))).sum();
    }
}
