package amity.solve;

/**
 * How much work each solver call may do, counted in failures (dead ends of the search): the same
 * point on every machine and under any load, so the answers are a function of the problem alone.
 * Zero means no limit. A call that reaches it answers "unknown", and the query that made it says so.
 */
public record Budget(long failsPerCall) {

    /**
     * 100,000 dead ends a call: the shipped data, every test fixture and the benchmark's 100k and 1M
     * sets need at most a few hundred (their interchangeable items counted as crowds).
     */
    public static final Budget DEFAULT = new Budget(100_000);

    public Budget {
        if (failsPerCall < 0) {
            throw new IllegalArgumentException("a budget cannot be negative");
        }
    }
}
