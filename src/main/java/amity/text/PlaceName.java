package amity.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How import compares place names. {@link #same} is what a careful person accepts as the same
 * spelling: Unicode normalisation, case, spacing, a hyphen or comma for a space, any apostrophe,
 * the dots of abbreviations ("D.C."), and one-letter variants that are the same letter (ş/ș, ţ/ț,
 * ß/ss). {@link #plain} also drops diacritics (Münster, Munster): towns that differ only there are
 * often different towns, so that key only proposes candidates, unless the rules fold accents.
 */
public final class PlaceName {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC\u02BB`\u00B4\u2032]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Pd},\\s\u00A0]+");

    private PlaceName() {
    }

    /** The key of spellings that are the same name: "Sharm El-Sheikh" and "sharm el sheikh", "Washington, D.C." and "Washington DC". */
    public static String same(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace('\u015F', '\u0219').replace('\u0163', '\u021B');
        s = APOSTROPHES.matcher(s).replaceAll("'").replace(".", "");
        return SEPARATORS.matcher(s).replaceAll(" ").strip();
    }

    /** {@link #same} without diacritics, and letters that carry them built in (ł, ø, đ) as their base letter. */
    public static String plain(String name) {
        String s = MARKS.matcher(Normalizer.normalize(same(name), Normalizer.Form.NFD)).replaceAll("");
        return s.replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ı', 'i').replace("æ", "ae")
                .replace("œ", "oe");
    }
}
