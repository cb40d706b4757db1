package amity.query;

import amity.model.DateInterval;
import amity.table.Value;
import java.time.LocalDate;

/** Derived date fields: a date widened to whole years or decades, written in EDTF. */
final class Dates {
    private Dates() {
    }

    static Value year(DateInterval d) {
        if (!d.given()) {
            return Value.MISSING;
        }
        int a = d.earliest().getYear();
        int b = d.latest().getYear();
        String lo = d.openStart() ? ".." : String.valueOf(a);
        String hi = d.openEnd() ? ".." : String.valueOf(b);
        String text = a == b ? lo : lo + "/" + hi;
        return new Value.Date(new DateInterval(text, LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31),
                d.uncertain(), d.approximate()));
    }

    static Value decade(DateInterval d) {
        if (!d.given()) {
            return Value.MISSING;
        }
        int a = d.earliest().getYear() / 10 * 10;
        int b = d.latest().getYear() / 10 * 10;
        String lo = d.openStart() ? ".." : (a / 10) + "X";
        String hi = d.openEnd() ? ".." : (b / 10) + "X";
        String text = a == b ? lo : (d.openStart() ? ".." : String.valueOf(a)) + "/" + (d.openEnd() ? ".."
                : String.valueOf(b + 9));
        return new Value.Date(new DateInterval(text, LocalDate.of(a, 1, 1), LocalDate.of(b + 9, 12, 31),
                d.uncertain(), d.approximate()));
    }
}
