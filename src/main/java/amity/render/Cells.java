package amity.render;

import amity.query.Value;

/** A value as text in a cell: the one rule every format shares. */
final class Cells {
    private Cells() {
    }

    /** Lists are joined with {@code listSeparator}; missing values are empty. */
    static String text(Value v, String listSeparator) {
        return v.asText(listSeparator);
    }

    /** Control characters and escape sequences shown escaped, so data can never drive the terminal. */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0x1b -> sb.append("\\x1b");
                default -> {
                    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\x%02x", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }
}
