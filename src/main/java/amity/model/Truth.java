package amity.model;

/** Three-valued truth for comparisons over uncertain dates: certainly, possibly, or not. */
public enum Truth {
    NO, MAYBE, YES;

    public static Truth of(boolean b) {
        return b ? YES : NO;
    }

    public Truth and(Truth other) {
        return values()[Math.min(ordinal(), other.ordinal())];
    }

    public Truth or(Truth other) {
        return values()[Math.max(ordinal(), other.ordinal())];
    }

    public Truth not() {
        return values()[2 - ordinal()];
    }
}
