package amity.report;

import amity.model.Figure;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The whole numbers a reported count allows under its qualifier: "more than 130" allows 131 and up,
 * "about 50" allows 45 to 55 (within 10%, rounded outward), "exact 53" only 53. {@code hi} null is unbounded.
 */
record Reported(BigDecimal lo, BigDecimal hi) {
    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.1");

    static Reported of(Figure f) {
        BigDecimal v = f.value();
        return switch (f.qualifier()) {
            case EXACT -> new Reported(v, v);
            case ABOUT -> new Reported(v.subtract(v.multiply(TEN_PERCENT)).setScale(0, RoundingMode.FLOOR),
                    v.add(v.multiply(TEN_PERCENT)).setScale(0, RoundingMode.CEILING));
            case MORE_THAN -> new Reported(v.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE), null);
            case AT_LEAST -> new Reported(v, null);
            case LESS_THAN -> new Reported(BigDecimal.ZERO, v.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE));
            case AT_MOST -> new Reported(BigDecimal.ZERO, v);
        };
    }

    /** Compares with a derived range: 0 when they overlap, else reported minus the nearest derived end. */
    BigDecimal gap(long dlo, long dhi) {
        if (hi != null && hi.compareTo(BigDecimal.valueOf(dlo)) < 0) {
            return hi.subtract(BigDecimal.valueOf(dlo));
        }
        if (lo.compareTo(BigDecimal.valueOf(dhi)) > 0) {
            return lo.subtract(BigDecimal.valueOf(dhi));
        }
        return BigDecimal.ZERO;
    }
}
