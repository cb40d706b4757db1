package amity.query;

import amity.table.Value;
import amity.text.TextOrder;

/** The order of values of one type: numbers numerically, dates by their days, text by {@link TextOrder}. */
final class Values {
    private Values() {
    }

    /** Text is compared by {@code text}: a {@link TextOrder#cached()} comparator when sorting many rows. */
    static int compare(Value x, Value y, java.util.Comparator<String> text) {
        if (x instanceof Value.Num a && y instanceof Value.Num b) {
            return a.number().compareTo(b.number());
        }
        if (x instanceof Value.Date a && y instanceof Value.Date b) {
            return a.date().compareTo(b.date());
        }
        if (x instanceof Value.Range a && y instanceof Value.Range b) {
            int c = a.lo().compareTo(b.lo());
            return c != 0 ? c : a.hi().compareTo(b.hi());
        }
        if (x instanceof Value.Bool a && y instanceof Value.Bool b) {
            return Boolean.compare(a.bool(), b.bool());
        }
        return text.compare(Expression.text(x), Expression.text(y));
    }
}
