package amity.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How a reported number is hedged: "more than 130" is MORE_THAN 130. */
public enum Qualifier {
    EXACT, ABOUT, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST;

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.1");

    /**
     * The whole numbers a count reported as {@code value} under this qualifier allows; the one place
     * that says so, for check and reconcile alike. "more than 130" allows 131 and up, "less than 10"
     * 0..9, "about 50" 10% either way rounded inward (45..55; "about 55" allows 50..60: 49.5..60.5 holds
     * no 49 and no 61), "53" only 53.
     */
    public Allowed allows(BigDecimal value) {
        return switch (this) {
            case EXACT -> Allowed.between(value, value);
            case ABOUT -> about(value);
            case MORE_THAN -> Allowed.atLeast(value.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE));
            case AT_LEAST -> Allowed.atLeast(value);
            case LESS_THAN -> Allowed.between(BigDecimal.ZERO,
                    value.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE));
            case AT_MOST -> Allowed.between(BigDecimal.ZERO, value);
        };
    }

    /** 10% either way, rounded inward; a value so small that no whole number is that near allows its neighbours. */
    private static Allowed about(BigDecimal value) {
        BigDecimal lo = value.subtract(value.multiply(TEN_PERCENT)).setScale(0, RoundingMode.CEILING);
        BigDecimal hi = value.add(value.multiply(TEN_PERCENT)).setScale(0, RoundingMode.FLOOR);
        return lo.compareTo(hi) <= 0 ? Allowed.between(lo, hi)
                : Allowed.between(value.setScale(0, RoundingMode.FLOOR), value.setScale(0, RoundingMode.CEILING));
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words put before a value when it is shown: "more than 130". */
    public String words() {
        return switch (this) {
            case EXACT -> "";
            case ABOUT -> "about ";
            case MORE_THAN -> "more than ";
            case AT_LEAST -> "at least ";
            case LESS_THAN -> "less than ";
            case AT_MOST -> "at most ";
        };
    }

    public static java.util.Optional<Qualifier> fromSlug(String s) {
        for (Qualifier q : values()) {
            if (q.slug().equals(s)) {
                return java.util.Optional.of(q);
            }
        }
        return java.util.Optional.empty();
    }
}
