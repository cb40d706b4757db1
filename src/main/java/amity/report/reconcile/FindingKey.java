package amity.report.reconcile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A finding's stable name: the kind of finding, then the ids it is about, e.g. {@code figure/ID},
 * {@code rank/ID}, {@code breakdown/TOTAL}, {@code dates/AGREEMENT}, {@code scope/ID}, a pair
 * {@code series/A/B} or {@code readings/A/B}, a set {@code joint/A+B+C}. The one place keys are
 * written and read back; ids never hold {@code /} or {@code +}.
 */
public record FindingKey(String kind, List<String> ids) {

    /** The kind whose ids are a set of figures, joined with {@code +}; every other kind joins with {@code /}. */
    static final String SET = JointCheck.NAME;

    public FindingKey {
        ids = List.copyOf(ids);
        if (kind.isEmpty() || kind.contains("/") || ids.isEmpty()) {
            throw new IllegalArgumentException("a finding key needs a kind and at least one id: " + kind + " " + ids);
        }
    }

    public static FindingKey of(String kind, String... ids) {
        return new FindingKey(kind, Arrays.asList(ids));
    }

    public static FindingKey of(String kind, List<String> ids) {
        return new FindingKey(kind, ids);
    }

    /** The key as written: the kind, a slash, the ids. */
    public String text() {
        return kind + "/" + String.join(kind.equals(SET) ? "+" : "/", ids);
    }

    @Override
    public String toString() {
        return text();
    }

    /** A key read back from its text; empty when it has no kind or no id. */
    public static Optional<FindingKey> parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            return Optional.empty();
        }
        String kind = text.substring(0, slash);
        String rest = text.substring(slash + 1);
        List<String> ids = Arrays.asList(rest.split(kind.equals(SET) ? "\\+" : "/", -1));
        if (ids.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new FindingKey(kind, ids));
    }
}
