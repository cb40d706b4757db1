package amity.solve;

import amity.model.DateInterval;
import java.time.LocalDate;
import java.util.List;

/**
 * The days an item of uncertain date can have been signed on when the claims of a reading hold:
 * {@code earliest..latest} within its {@code recorded} interval, and for each end the claims that
 * bound it (a smallest set; empty when the record itself sets that end).
 */
public record Window(String item, DateInterval recorded, LocalDate earliest, LocalDate latest,
        List<String> boundingEarliest, List<String> boundingLatest) {

    public Window {
        boundingEarliest = List.copyOf(boundingEarliest);
        boundingLatest = List.copyOf(boundingLatest);
    }

    /** The implied window as an interval (in amity's EDTF text). */
    public DateInterval implied() {
        DateInterval from = DateInterval.of(earliest + "/..");
        DateInterval to = DateInterval.of("../" + latest);
        return recorded.intersect(to).flatMap(d -> d.intersect(from)).orElseThrow();
    }
}
