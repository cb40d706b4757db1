package amity.solve;

import java.util.List;

/**
 * The implied windows: one reading when all claims can hold, else one per largest satisfiable set
 * (fewest claims set aside first, then in claim order). When {@code stoppedEarly}, a window end that
 * could not be proven is left at its recorded bound (wider, never wrong).
 */
public record Implied(List<Reading> readings, boolean stoppedEarly) {

    public Implied {
        readings = List.copyOf(readings);
    }
}
