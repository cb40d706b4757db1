package amity.model;

/** Three-valued truth for comparisons over uncertain dates: certainly, possibly, or not. */
public enum Truth {
    NO, MAYBE, YES;

    /** By ordinal; {@code values()} would copy the array on each of reconcile's millions of calls. */
    private static final Truth[] BY_ORDINAL = values();

    public static Truth of(boolean b) {
        return b ? YES : NO;
    }

    public Truth and(Truth other) {
        return BY_ORDINAL[Math.min(ordinal(), other.ordinal())];
    }

    public Truth or(Truth other) {
        return BY_ORDINAL[Math.max(ordinal(), other.ordinal())];
    }

    public Truth not() {
        return BY_ORDINAL[2 - ordinal()];
    }
}
