package amity.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names compared as people mean them: case, accents and spacing aside; and ids made from names. */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Fold() {
    }

    /** "Köln", "KOLN " and "koln" give the same key; letters that do not decompose (ø, ł) stay themselves. */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        return SPACE.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A lowercase id slug of a name: "São Paulo" gives "sao-paulo". A name with no Latin letters or
     * digits ("北京") gives "place-" and a short hash of the name, the same on every machine.
     */
    public static String slug(String name) {
        String slug = NOT_SLUG.matcher(key(name).replace("ß", "ss").replace("ø", "o").replace("ł", "l")
                .replace("æ", "ae").replace("œ", "oe").replace("đ", "d").replace("ı", "i")).replaceAll("-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "place-" + hash(name) : slug;
    }

    private static String hash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
