package amity.render;

import org.jline.utils.WCWidth;

/** Display width in terminal columns (JLine's wcwidth): wide CJK characters 2, combining marks 0. */
final class Width {
    private Width() {
    }

    static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The longest prefix of {@code s} that fits {@code max} columns, plus "…" when cut. */
    static String truncate(String s, int max) {
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
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > max - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - of(s)));
        return right ? fill + s : s + fill;
    }
}
