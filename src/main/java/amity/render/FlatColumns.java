package amity.render;

import amity.table.Column;
import amity.table.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a typed column lays out in the flat formats (csv, tsv), so each output column holds one type: a
 * date as written plus its {@link DateBounds}, a range as NAME_lo and NAME_hi (both always,
 * equal when the value is certain), anything else as one cell; text a spreadsheet would run as a
 * formula guarded with a leading '.
 */
final class FlatColumns {
    // A plain signed number (a series step, +26 or -4) is data a spreadsheet reads as a number, not a formula.
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-][0-9]+(\\.[0-9]+)?");

    private FlatColumns() {
    }

    /** The header cells of one column. */
    static List<String> headers(Column c) {
        return switch (c.type()) {
            case DATE -> {
                List<String> out = new ArrayList<>(List.of(c.name()));
                out.addAll(DateBounds.names(c.name()));
                yield out;
            }
            case RANGE -> List.of(c.name() + "_lo", c.name() + "_hi");
            default -> List.of(c.name());
        };
    }

    /** The cells of one value in that column; {@code raw} turns the formula guard off. */
    static List<String> cells(Column c, Value v, boolean raw) {
        List<String> out = new ArrayList<>();
        switch (c.type()) {
            case RANGE -> {
                out.add(v instanceof Value.Range r ? plain(r.lo()) : v instanceof Value.Num n ? plain(n.number()) : "");
                out.add(v instanceof Value.Range r ? plain(r.hi()) : v instanceof Value.Num n ? plain(n.number()) : "");
            }
            case NUMBER -> out.add(Cells.text(v, "; "));
            case DATE -> {
                out.add(raw ? Cells.text(v, "; ") : guard(Cells.text(v, "; ")));
                for (String day : DateBounds.of(v)) {
                    out.add(day == null ? "" : day);
                }
            }
            default -> out.add(raw ? Cells.text(v, "; ") : guard(Cells.text(v, "; ")));
        }
        return out;
    }

    private static String plain(BigDecimal n) {
        return n.toPlainString();
    }

    /** A cell a spreadsheet would take for a formula gets a leading apostrophe (OWASP's advice). */
    static String guard(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !SIGNED_NUMBER.matcher(s).matches()) {
            return "'" + s;
        }
        return s;
    }
}
