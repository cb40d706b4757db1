package amity.solve;

import java.time.Duration;

/**
 * How long each query may search: a wall-clock limit for the whole query, and a limit of failures
 * (dead ends) per solver call, which stops at the same point on every machine. Zero means no limit.
 */
public record Budget(Duration time, long failsPerCall) {

    /** Generous enough for the shipped data many times over. */
    public static final Budget DEFAULT = new Budget(Duration.ofSeconds(2), 0);

    public Budget {
        if (time.isNegative() || failsPerCall < 0) {
            throw new IllegalArgumentException("a budget cannot be negative");
        }
    }
}
