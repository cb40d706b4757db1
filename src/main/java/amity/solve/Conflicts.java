package amity.solve;

import java.util.List;

/**
 * The minimal conflicting sets, smallest first, then in claim order. {@code complete} is false when
 * the listing stopped at its bound or a limit (there may be more); {@code stoppedEarly} says a limit
 * did, in which case a listed set may be larger than minimal, but every listed set truly conflicts.
 */
public record Conflicts(List<Conflict> sets, boolean complete, boolean stoppedEarly) {

    public Conflicts {
        sets = List.copyOf(sets);
    }
}
