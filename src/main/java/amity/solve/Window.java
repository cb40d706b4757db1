package amity.solve;

import amity.model.DateInterval;
import java.time.LocalDate;
import java.util.List;

/**
 * The days an item of uncertain date can have been signed on when the claims of a reading hold:
 * {@code earliest..latest} within its {@code recorded} interval, and for each end the claims that
 * bound it (a smallest set; empty when the record itself sets that end). {@code undecided} when the
 * budget stopped a solver call it needed: an end it could not prove is left at the recorded bound
 * (wider than implied, never narrower), and a bounding set may be larger than smallest.
 */
public record Window(String item, DateInterval recorded, LocalDate earliest, LocalDate latest,
        List<String> boundingEarliest, List<String> boundingLatest, boolean undecided) {

    public Window {
        boundingEarliest = List.copyOf(boundingEarliest);
        boundingLatest = List.copyOf(boundingLatest);
    }

    /** A window the solver settled. */
    public Window(String item, DateInterval recorded, LocalDate earliest, LocalDate latest,
            List<String> boundingEarliest, List<String> boundingLatest) {
        this(item, recorded, earliest, latest, boundingEarliest, boundingLatest, false);
    }

    /** The same window for another item (a member of the same crowd). */
    Window of(String other, DateInterval otherRecorded) {
        return new Window(other, otherRecorded, earliest, latest, boundingEarliest, boundingLatest, undecided);
    }

    /** This window, marked undecided when {@code cut}. */
    Window undecidedIf(boolean cut) {
        return cut == undecided || !cut ? this
                : new Window(item, recorded, earliest, latest, boundingEarliest, boundingLatest, true);
    }

    /** The implied window as an interval (in amity's EDTF text). */
    public DateInterval implied() {
        DateInterval from = DateInterval.of(earliest + "/..");
        DateInterval to = DateInterval.of("../" + latest);
        return recorded.intersect(to).flatMap(d -> d.intersect(from)).orElseThrow();
    }
}
