package amity.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole numbers a qualified count allows: from {@code lo} up to {@code hi}, or without end
 * ("more than 130" allows 131 and up). Made by {@link Qualifier#allows}; ranges add up, so the
 * parts of a total allow the sum of what each allows.
 */
public final class Allowed {
    private final BigDecimal lo;
    private final BigDecimal hi; // null: unbounded above (kept inside this class)

    private Allowed(BigDecimal lo, BigDecimal hi) {
        this.lo = lo;
        this.hi = hi;
    }

    /** lo..hi, both included. */
    public static Allowed between(BigDecimal lo, BigDecimal hi) {
        return new Allowed(Objects.requireNonNull(lo), Objects.requireNonNull(hi));
    }

    /** lo and up. */
    public static Allowed atLeast(BigDecimal lo) {
        return new Allowed(Objects.requireNonNull(lo), null);
    }

    public BigDecimal lo() {
        return lo;
    }

    /** The largest value allowed; empty when there is none. */
    public Optional<BigDecimal> hi() {
        return Optional.ofNullable(hi);
    }

    /** The least whole number allowed, or {@code Long.MAX_VALUE} beyond a long: no count comes near. */
    public long least() {
        BigDecimal l = lo.setScale(0, java.math.RoundingMode.CEILING);
        return l.compareTo(LONG_MAX) >= 0 ? Long.MAX_VALUE : l.longValue();
    }

    /** The greatest whole number allowed; {@code Long.MAX_VALUE} when unbounded or beyond a long. */
    public long greatest() {
        if (hi == null) {
            return Long.MAX_VALUE;
        }
        BigDecimal h = hi.setScale(0, java.math.RoundingMode.FLOOR);
        return h.compareTo(LONG_MAX) >= 0 ? Long.MAX_VALUE : h.longValue();
    }

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    public boolean bounded() {
        return hi != null;
    }

    /** What two counts together allow: the sum of the lows up to the sum of the highs. */
    public Allowed plus(Allowed o) {
        return new Allowed(lo.add(o.lo), hi == null || o.hi == null ? null : hi.add(o.hi));
    }

    /** Whether the two ranges share a value. */
    public boolean overlaps(Allowed o) {
        return (hi == null || hi.compareTo(o.lo) >= 0) && (o.hi == null || o.hi.compareTo(lo) >= 0);
    }

    /**
     * Compared with a derived range lo..hi: 0 when they share a value, else this range's nearest end minus
     * the derived one (negative: this allows less than the records certainly give; positive: more).
     */
    public BigDecimal gap(long derivedLo, long derivedHi) {
        if (hi != null && hi.compareTo(BigDecimal.valueOf(derivedLo)) < 0) {
            return hi.subtract(BigDecimal.valueOf(derivedLo));
        }
        if (lo.compareTo(BigDecimal.valueOf(derivedHi)) > 0) {
            return lo.subtract(BigDecimal.valueOf(derivedHi));
        }
        return BigDecimal.ZERO;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Allowed a && lo.compareTo(a.lo) == 0
                && (hi == null ? a.hi == null : a.hi != null && hi.compareTo(a.hi) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lo.stripTrailingZeros(), hi == null ? null : hi.stripTrailingZeros());
    }

    /** "53", "45..55" or "131..". */
    @Override
    public String toString() {
        if (hi == null) {
            return lo.toPlainString() + "..";
        }
        return lo.compareTo(hi) == 0 ? lo.toPlainString() : lo.toPlainString() + ".." + hi.toPlainString();
    }
}
