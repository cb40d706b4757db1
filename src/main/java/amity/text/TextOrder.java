package amity.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order of text in sorted output, the same on every machine and in every locale: the root
 * collation (Île-de-France among the I's, lower case before upper case), ties by code point so the
 * order is total.
 */
public final class TextOrder {
    private static final Collator ROOT = root();

    /** Text in collation order. */
    public static final Comparator<String> ORDER = TextOrder::compare;

    private TextOrder() {
    }

    public static int compare(String a, String b) {
        int c = ROOT.compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    }

    private static Collator root() {
        Collator c = Collator.getInstance(Locale.ROOT);
        c.setStrength(Collator.TERTIARY);
        c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return c;
    }
}
