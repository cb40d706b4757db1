package amity.solve;

/** The values a claim allows for its count: {@code lo..hi}, where {@code hi} may be unbounded. */
public record Bounds(int lo, int hi) {

    /** Stands for "no upper bound". */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    public Bounds {
        if (lo > hi) {
            throw new IllegalArgumentException("bounds " + lo + ".." + hi + " are empty");
        }
    }

    public static Bounds exactly(int n) {
        return new Bounds(n, n);
    }

    public static Bounds atLeast(int n) {
        return new Bounds(n, UNBOUNDED);
    }

    public static Bounds between(int lo, int hi) {
        return new Bounds(lo, hi);
    }

    public boolean bounded() {
        return hi != UNBOUNDED;
    }

    @Override
    public String toString() {
        return lo == hi ? String.valueOf(lo) : lo + ".." + (bounded() ? String.valueOf(hi) : "");
    }
}
