package amity.report.reconcile;

import java.util.List;

/**
 * What a possible verdict hangs on: between {@code lo} and {@code hi} of the {@code deciding} records
 * (those of uncertain date, or uncertain match, in id order) must fall the way the figure needs.
 * {@link #NONE} for a verdict that hangs on nothing.
 */
public record Need(int lo, int hi, List<String> deciding) {
    public static final Need NONE = new Need(0, 0, List.of());

    public Need {
        deciding = List.copyOf(deciding);
    }

    public boolean any() {
        return !deciding.isEmpty();
    }

    /** "exactly 5 of these 7", "none of these 2", "at least 2 of these 3", "between 1 and 2 of these 4". */
    public String words() {
        int n = deciding.size();
        String of = " of these " + n;
        if (lo == hi) {
            return (lo == 0 ? "none" : lo == n ? "all" : "exactly " + lo) + of;
        }
        if (hi == n) {
            return "at least " + lo + of;
        }
        if (lo == 0) {
            return "at most " + hi + of;
        }
        return "between " + lo + " and " + hi + of;
    }

    /**
     * What must happen, as a clause: "exactly 5 of these 7 were signed by 2016-09-03: a, b, ..."; of a
     * single record, "a was signed by 2016-09-03" or "a was not signed by 2016-09-03".
     */
    public String clause(String done) {
        if (deciding.size() == 1) {
            String id = deciding.get(0);
            return id + (lo == 1 ? " was " : hi == 0 ? " was not " : " was or was not ") + done;
        }
        return words() + " were " + done + ": " + String.join(", ", deciding);
    }
}
