package amity.report.aggregate;

import amity.model.DateInterval;
import amity.query.Expression;
import amity.query.Field;
import amity.table.FieldType;
import amity.table.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The group keys a value falls in. Most values fall in one key, a list in one per item; a date falls
 * in the years (or decades, for the decade key) it spans: certainly when it spans one, only possibly
 * when it spans several.
 */
final class Buckets {
    static final String NONE = "(none)";
    static final String UNKNOWN = "unknown";

    private Buckets() {
    }

    /** One key a record falls in, and whether it certainly falls there. */
    record Key(String key, boolean certain) {
    }

    static boolean isTime(Field f) {
        return f.type() == FieldType.DATE;
    }

    static boolean isDecade(Field f) {
        return f.name().equals("decade") || f.name().endsWith(".decade");
    }

    /**
     * The keys of a value. Dates spanning several buckets give each bucket as possible, or (with
     * {@code unknownBucket}) the one certain key "unknown"; {@code lo}/{@code hi} bound the years listed
     * for open-ended dates.
     */
    static List<Key> of(Field f, Value v, boolean unknownBucket, int lo, int hi) {
        List<Key> out = new ArrayList<>();
        if (v instanceof Value.Missing) {
            out.add(new Key(NONE, true));
        } else if (v instanceof Value.ListOf l) {
            for (Value item : l.items()) {
                String k = Expression.text(item);
                Key key = new Key(k.isEmpty() ? NONE : k, true);
                if (!out.contains(key)) {
                    out.add(key);
                }
            }
            if (out.isEmpty()) {
                out.add(new Key(NONE, true));
            }
        } else if (v instanceof Value.Date d && isTime(f)) {
            int step = isDecade(f) ? 10 : 1;
            int a = Math.floorDiv(d.date().earliest().getYear(), step) * step;
            int b = Math.floorDiv(d.date().latest().getYear(), step) * step;
            if (a == b) {
                out.add(new Key(label(a, step), true));
            } else if (unknownBucket) {
                out.add(new Key(UNKNOWN, true));
            } else {
                for (int y = Math.max(a, lo); y <= Math.min(b, hi); y += step) {
                    out.add(new Key(label(y, step), false));
                }
            }
        } else {
            out.add(new Key(Expression.text(v), true));
        }
        return out;
    }

    static String label(int year, int step) {
        return step == 10 ? (year / 10) + "X" : String.valueOf(year);
    }

    /** The year (or decade start) a time key stands for, for ordering and filling gaps. */
    static int year(String key) {
        return key.endsWith("X") ? Integer.parseInt(key.substring(0, key.length() - 1)) * 10 : Integer.parseInt(key);
    }

    static boolean isYearKey(String key) {
        return key.matches("\\d{3}X|\\d{1,4}");
    }

    /** The span of whole years (or decades) a date covers, for cumulative counts. */
    static int[] span(Value v, int step) {
        if (!(v instanceof Value.Date d)) {
            return null;
        }
        DateInterval i = d.date();
        return new int[] {Math.floorDiv(i.earliest().getYear(), step) * step,
            Math.floorDiv(i.latest().getYear(), step) * step};
    }
}
