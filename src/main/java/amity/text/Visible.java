package amity.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * Text from the data made safe to print, the same in tables, messages and excerpts: control
 * characters, line separators and invisible formatting characters shown escaped, so data can never
 * drive the terminal, break a line or reorder what the reader sees.
 */
public final class Visible {
    private Visible() {
    }

    public static String of(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
                        sb.append(String.format(Locale.ROOT, "\\x%02x", cp));
                    } else if (invisible(cp)) {
                        sb.append(String.format(Locale.ROOT, cp > 0xffff ? "\\U%08x" : "\\u%04x", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** A message of several lines: each line escaped, the line breaks between them kept. */
    public static String lines(String s) {
        return String.join("\n", Arrays.stream(s.split("\n", -1)).map(Visible::of).toList());
    }

    /**
     * The marker line under {@code text[from, to)} as {@link #of} shows it: spaces to the span, then one
     * ^ per column it takes (a CJK character two, an escaped one its escape), at least one.
     */
    public static String caret(String text, int from, int to) {
        int start = Math.max(0, Math.min(from, text.length()));
        int end = Math.max(start, Math.min(to, text.length()));
        return " ".repeat(Width.of(of(text.substring(0, start))))
                + "^".repeat(Math.max(1, Width.of(of(text.substring(start, end)))));
    }

    /**
     * Line and paragraph separators (some terminals and editors break the line there), bidirectional
     * overrides and isolates (they reorder the text around them), zero-width space, word joiner, the
     * deprecated format controls U+206A-206F, byte order mark, soft hyphen and tag characters
     * (U+E0000-E007F: invisible text a reader cannot see but a program can). Zero-width joiners stay:
     * emoji and several scripts need them (flag emoji's tag sequences are shown escaped, a rare cost).
     */
    private static boolean invisible(int cp) {
        return cp == 0x2028 || cp == 0x2029 || cp == 0x061c || cp == 0x200b || cp == 0x200e || cp == 0x200f
                || (cp >= 0x202a && cp <= 0x202e) || cp == 0x2060 || (cp >= 0x2066 && cp <= 0x206f)
                || cp == 0xfeff || cp == 0x00ad || (cp >= 0xe0000 && cp <= 0xe007f);
    }
}
