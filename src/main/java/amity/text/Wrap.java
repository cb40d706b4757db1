package amity.text;

import java.util.ArrayList;
import java.util.List;

/** Text broken into lines of at most a given display width, at spaces where it can be. */
public final class Wrap {
    private Wrap() {
    }

    /**
     * {@code s} as lines of at most {@code width} columns, broken at spaces; a word wider than a whole
     * line (a URL) is cut across lines. At least one line, empty for empty text.
     */
    public static List<String> lines(String s, int width) {
        return lines(s, width, width);
    }

    /** As {@link #lines(String, int)}, the first line {@code first} columns wide and the others {@code rest}. */
    public static List<String> lines(String s, int first, int rest) {
        List<String> out = new ArrayList<>();
        int w = Math.max(1, first);
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : s.strip().split(" +")) {
            int ww = Width.of(word);
            if (used > 0 && used + 1 + ww <= w) {
                line.append(' ').append(word);
                used += 1 + ww;
                continue;
            }
            if (used > 0) {
                out.add(line.toString());
                line.setLength(0);
                used = 0;
                w = Math.max(1, rest);
            }
            while (ww > w) {
                String head = prefix(word, w);
                out.add(head);
                w = Math.max(1, rest);
                word = word.substring(head.length());
                ww = Width.of(word);
            }
            line.append(word);
            used = ww;
        }
        out.add(line.toString());
        return out;
    }

    /** {@code s}'s lines wrapped to {@code width} after {@code indent}, the indent before each. */
    public static List<String> indented(String s, String indent, int width) {
        return hanging(s, indent, indent, width);
    }

    /** {@code s} wrapped to {@code width}: the first line after {@code first}, the others after {@code rest}. */
    public static List<String> hanging(String s, String first, String rest, int width) {
        List<String> lines = lines(s, width - Width.of(first), width - Width.of(rest));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add((i == 0 ? first : rest) + lines.get(i));
        }
        return out;
    }

    /** The longest prefix of {@code s} that fits {@code width} columns (at least one code point). */
    private static String prefix(String s, int width) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cw = Width.of(Character.toString(cp));
            if (used + cw > width && i > 0) {
                break;
            }
            used += cw;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
