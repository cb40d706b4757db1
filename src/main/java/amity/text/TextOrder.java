package amity.text;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The order of text in sorted output, the same on every machine, locale and JDK: by a folded key
 * (accents stripped, ß æ ø ł œ đ þ spelt out, lower case), so Île-de-France sorts among the I's
 * and Köln beside Koblenz; ties by code point, so the order is total.
 */
public final class TextOrder {
    private static final Map<Character, String> SPELT = Map.of('ß', "ss", 'æ', "ae", 'ø', "o", 'ł', "l", 'œ', "oe",
            'đ', "d", 'þ', "th", 'ı', "i");

    private TextOrder() {
    }

    public static int compare(String a, String b) {
        int c = key(a).compareTo(key(b));
        return c != 0 ? c : a.compareTo(b);
    }

    /** The same order, each string's key made once: for sorting many rows. */
    public static Comparator<String> cached() {
        Map<String, String> keys = new HashMap<>();
        return (a, b) -> {
            int c = keys.computeIfAbsent(a, TextOrder::key).compareTo(keys.computeIfAbsent(b, TextOrder::key));
            return c != 0 ? c : a.compareTo(b);
        };
    }

    /** The folded key text is ordered by. */
    static String key(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(ch -> ch < 0x80)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                return;
            }
            String spelt = cp <= 0xffff ? SPELT.get((char) cp) : null;
            if (spelt != null) {
                sb.append(spelt);
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
