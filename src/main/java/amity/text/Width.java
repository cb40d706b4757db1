package amity.text;

import org.jline.utils.WCWidth;

/** Display width in terminal columns (JLine's wcwidth): wide CJK characters 2, combining marks 0. */
public final class Width {
    private Width() {
    }

    /** The columns {@code s} takes on a terminal; control characters count 0 (escape them first). */
    public static int of(String s) {
        // A loop, not a stream: a table measures every cell.
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += ofCodePoint(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    private static int ofCodePoint(int cp) {
        return Math.max(0, WCWidth.wcwidth(cp));
    }

    /** The longest prefix of {@code s} that fits {@code max} columns, plus "…" when cut. */
    public static String truncate(String s, int max) {
        if (of(s) <= max) {
            return s;
        }
        if (max <= 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            int cw = ofCodePoint(cp);
            if (w + cw > max - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    /** {@code s} filled with spaces to {@code width} columns, on the left when {@code right}-aligned. */
    public static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - of(s)));
        return right ? fill + s : s + fill;
    }
}
