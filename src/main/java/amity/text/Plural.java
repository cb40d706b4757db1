package amity.text;

/** A count with its noun in the right number: "1 agreement", "2 agreements", "0..1 agreements". */
public final class Plural {
    private Plural() {
    }

    /** {@code n} and the noun, singular only when n is exactly 1; {@code plural} is the noun's plural. */
    public static String count(String n, String singular, String plural) {
        return n + " " + (n.equals("1") ? singular : plural);
    }

    /** {@link #count(String, String, String)} for a noun whose plural adds an s. */
    public static String count(long n, String singular) {
        return count(String.valueOf(n), singular, singular + "s");
    }

    /** A count of things named in the plural ("agreements", "distinct country values"): the s is dropped for 1. */
    public static String ofPlural(String n, String plural) {
        return count(n, plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural, plural);
    }
}
