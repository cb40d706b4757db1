package amity.report.reconcile;

import amity.model.Counts;
import amity.model.DateInterval;
import amity.model.Qualifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A finding's digest: a fingerprint of its inputs, so an acknowledgement applies only while they stay
 * the same. Each input is written in an explicit encoding (a type letter, its length, its UTF-8 bytes;
 * a number in its plain form without trailing zeros, a date as its earliest and latest day), never as
 * some record's or number's toString(), so only a change of the inputs themselves moves it. Printed
 * as {@code d} and eight hex digits ({@code d21352e46}): a letter first, so no spreadsheet or Miller
 * reads it as a number.
 */
final class Digest {
    /** What every digest starts with; an acknowledgement's digest without it is from before (old-style). */
    static final String PREFIX = "d";

    private static final Pattern OLD_STYLE = Pattern.compile("[0-9a-f]{8}");

    private final StringBuilder encoded = new StringBuilder();

    private Digest part(char type, String value) {
        encoded.append(type).append(value.length()).append(':').append(value);
        return this;
    }

    Digest text(String s) {
        return part('t', s);
    }

    Digest texts(java.util.Collection<String> list) {
        part('l', Integer.toString(list.size()));
        list.forEach(this::text);
        return this;
    }

    Digest number(BigDecimal n) {
        return part('n', n == null ? "" : n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString());
    }

    Digest number(long n) {
        return part('n', Long.toString(n));
    }

    Digest qualifier(Qualifier q) {
        return part('q', q.slug());
    }

    /** An interval by its two ends (open ends by the bounds amity gives them), not by how it was written. */
    Digest date(DateInterval d) {
        return part('d', d.earliest() + "/" + d.latest());
    }

    Digest counts(Counts c) {
        return part('c', "").text(nullable(c.type())).text(nullable(c.of())).text(nullable(c.where()))
                .text(nullable(c.distinct()));
    }

    /** Another digest's value as an input (a finding built on a shared part). */
    Digest digest(String other) {
        return part('h', other);
    }

    private static String nullable(String s) {
        return s == null ? "" : s;
    }

    /** {@code d} and the first eight hex digits of the SHA-256 of the encoded inputs. */
    String value() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(encoded.toString().getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an acknowledgement's digest is of the form before the prefix (eight hex digits alone). */
    static boolean oldStyle(String digest) {
        return OLD_STYLE.matcher(digest).matches();
    }
}
