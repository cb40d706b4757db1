package amity.read;

import amity.model.DateInterval;
import amity.model.Ending;
import amity.model.Origin;
import amity.model.Shape;
import amity.model.Spots;
import amity.problem.Problem;
import amity.read.YNode.Entry;
import amity.read.YNode.YList;
import amity.read.YNode.YMap;
import amity.read.YNode.YScalar;
import amity.text.Nearest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the fields of one mapping against the keys its record type allows, reporting every
 * problem (unknown key, missing value, wrong kind of value, malformed date or number) and noting
 * the origin of each value under its path, so later checks can point at it.
 */
final class Fields {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final YMap map;
    private final String what;
    private final String prefix;
    private final List<Problem> problems;
    private final Map<String, Origin> spots;

    /** {@code shape} gives the keys allowed and the name in messages; {@code prefix} is the path ("attested.0."). */
    Fields(YMap map, Shape shape, String prefix, List<Problem> problems, Map<String, Origin> spots) {
        this(map, shape.what(), shape.names(), prefix, problems, spots);
    }

    /** {@code what} names the record in messages ("an agreement"), {@code allowed} are its keys. */
    Fields(YMap map, String what, List<String> allowed, String prefix, List<Problem> problems,
            Map<String, Origin> spots) {
        this.map = map;
        this.what = what;
        this.prefix = prefix;
        this.problems = problems;
        this.spots = spots;
        for (Entry e : map.entries().values()) {
            if (spots != NO_SPOTS) {
                spots.put(prefix + e.key(), e.value().at());
            }
            if (!allowed.contains(e.key())) {
                problems.add(new Problem(e.keyAt(), width(e.key()), "unknown field '" + e.key() + "' in " + what
                        + Nearest.hint(e.key(), allowed, e.key().equals("predecessors") ? "; only an agreement has "
                                + "predecessors (the earlier agreements of another kind it followed)." : ".")));
            }
        }
    }

    static Spots spots(YNode node, Map<String, Origin> values) {
        return values == NO_SPOTS ? Spots.NONE : new Spots(node.at(), Map.copyOf(values));
    }

    static Map<String, Origin> newSpots() {
        return new HashMap<>();
    }

    /**
     * The spots map of a read without positions: keeps nothing, so a million records cost no
     * position objects (a data set with problems is read again with positions for the messages).
     */
    static final Map<String, Origin> NO_SPOTS = new java.util.AbstractMap<>() {
        @Override
        public Origin put(String key, Origin value) {
            return null;
        }

        @Override
        public Origin get(Object key) {
            return Origin.NOWHERE;
        }

        @Override
        public java.util.Set<Map.Entry<String, Origin>> entrySet() {
            return java.util.Set.of();
        }
    };

    private YNode raw(String key) {
        Entry e = map.entries().get(key);
        return e == null ? null : e.value();
    }

    /** A text; "" when absent or empty. Reports a list or mapping given where text belongs. */
    String text(String key) {
        YNode n = raw(key);
        if (n == null) {
            return "";
        }
        if (n instanceof YScalar s) {
            return s.isNull() ? "" : s.text();
        }
        problems.add(new Problem(n.at(), 1, "'" + key + "' should be a single value, not " + n.kind() + "."));
        return "";
    }

    String required(String key) {
        String s = text(key);
        if (s.isEmpty() && (raw(key) == null || raw(key) instanceof YScalar)) {
            problems.add(new Problem(raw(key) == null ? map.at() : raw(key).at(), 1,
                    what + " needs '" + key + "'" + (raw(key) == null ? "." : ", and it is empty.")));
        }
        return s;
    }

    /** A required id: a lowercase slug. */
    String id() {
        String id = required("id");
        if (!id.isEmpty() && !isSlug(id)) {
            problems.add(new Problem(raw("id").at(), width(id), "the id '" + id
                    + "' is not a lowercase slug; use letters a-z, digits and single hyphens, e.g. '"
                    + slugify(id) + "'."));
        }
        return id;
    }

    /** A text that must be one of {@code words}; "" when absent. */
    String word(String key, List<String> words, boolean required) {
        String s = required ? required(key) : text(key);
        int known = words.indexOf(s);
        if (known >= 0) {
            // The vocabulary's own string: a million records then hold one "sister-city", not a million.
            return words.get(known);
        }
        if (!s.isEmpty()) {
            problems.add(new Problem(raw(key).at(), width(s), "'" + s + "' is not a known " + key.replace('_', ' ')
                    + Nearest.hintOrList(s, words)));
        }
        return s;
    }

    /** A date; {@link DateInterval#UNKNOWN} when absent, empty or malformed (reported). */
    DateInterval date(String key, boolean required) {
        String s = required ? required(key) : text(key);
        if (s.isEmpty()) {
            return DateInterval.UNKNOWN;
        }
        try {
            return DateInterval.parse(s);
        } catch (DateInterval.Malformed e) {
            problems.add(new Problem(raw(key).at(), width(s), e.getMessage() + "."));
            return DateInterval.UNKNOWN;
        }
    }

    /** An end date; {@link Ending#LASTS} when absent. */
    Ending ending(String key) {
        DateInterval d = date(key, false);
        return d.given() ? new Ending.Ended(d) : Ending.LASTS;
    }

    /** The longest number read, in characters (digits, sign and point). */
    static final int MAX_NUMBER = 100;

    BigDecimal number(String key) {
        String s = required(key);
        if (s.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (s.length() > MAX_NUMBER) {
            // Arithmetic on a million digits takes minutes; no count or amount needs more than a few dozen.
            problems.add(new Problem(raw(key).at(), 1, String.format(java.util.Locale.ROOT, "this number is %,d "
                    + "characters long; amity reads numbers of at most %d characters.", s.length(), MAX_NUMBER)));
            return BigDecimal.ZERO;
        }
        if (!NUMBER.matcher(s).matches()) {
            problems.add(new Problem(raw(key).at(), width(s), "'" + s + "' is not a number; write digits only, "
                    + "e.g. 12000 (no thousands separators or units)."));
            return BigDecimal.ZERO;
        }
        BigDecimal n = new BigDecimal(s);
        if (n.signum() < 0) {
            problems.add(new Problem(raw(key).at(), width(s), "'" + s + "' is negative; a figure reports a count "
                    + "or an amount, never below zero (write a fall as the new figure)."));
        }
        return n;
    }

    boolean bool(String key) {
        String s = text(key);
        return switch (s) {
            case "", "false", "no" -> false;
            case "true", "yes" -> true;
            default -> {
                problems.add(new Problem(raw(key).at(), width(s), "'" + key + "' is true or false, not '" + s + "'."));
                yield false;
            }
        };
    }

    /** A list of texts; a single text is taken as a one-item list. */
    List<String> texts(String key) {
        YNode n = raw(key);
        List<String> out = new ArrayList<>();
        if (n == null || (n instanceof YScalar s && s.isNull())) {
            return out;
        }
        if (n instanceof YScalar s) {
            out.add(s.text());
            return out;
        }
        if (n instanceof YList l) {
            for (int i = 0; i < l.items().size(); i++) {
                YNode item = l.items().get(i);
                if (spots != NO_SPOTS) {
                    spots.put(prefix + key + "." + i, item.at());
                }
                if (item instanceof YScalar s && !s.isNull()) {
                    out.add(s.text());
                } else {
                    problems.add(new Problem(item.at(), 1, "each item of '" + key + "' should be a single value, not "
                            + item.kind() + "."));
                }
            }
            return out;
        }
        problems.add(new Problem(n.at(), 1, "'" + key + "' should be a list, not " + n.kind() + "."));
        return out;
    }

    /** The mappings of a list field, for nested records (attested, editions); reports other items. */
    List<YMap> maps(String key) {
        YNode n = raw(key);
        List<YMap> out = new ArrayList<>();
        if (n == null || (n instanceof YScalar s && s.isNull())) {
            return out;
        }
        if (!(n instanceof YList l)) {
            problems.add(new Problem(n.at(), 1, "'" + key + "' should be a list of mappings, not " + n.kind() + "."));
            return out;
        }
        for (YNode item : l.items()) {
            if (item instanceof YMap m) {
                out.add(m);
            } else {
                problems.add(new Problem(item.at(), 1, "each item of '" + key + "' should be a mapping of fields, not "
                        + item.kind() + "."));
                out.add(null);
            }
        }
        return out;
    }

    /** A nested mapping (counts); null when absent. */
    YMap map(String key) {
        YNode n = raw(key);
        if (n == null || (n instanceof YScalar s && s.isNull())) {
            return null;
        }
        if (n instanceof YMap m) {
            return m;
        }
        problems.add(new Problem(n.at(), 1, "'" + key + "' should be a mapping of fields, not " + n.kind() + "."));
        return null;
    }

    /** Whether the text is a lowercase slug: [a-z0-9]+(-[a-z0-9]+)*, checked without a regex (every id is one). */
    static boolean isSlug(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && !(c == '-' && i > 0 && i < s.length() - 1 && s.charAt(i - 1) != '-')) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    static int width(String s) {
        return Math.max(1, s.codePointCount(0, s.length()));
    }

    static String slugify(String s) {
        String slug = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
