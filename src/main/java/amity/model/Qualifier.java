package amity.model;

import java.util.Locale;

/** How a reported number is hedged: "more than 130" is MORE_THAN 130. */
public enum Qualifier {
    EXACT, ABOUT, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words put before a value when it is shown: "more than 130". */
    public String words() {
        return switch (this) {
            case EXACT -> "";
            case ABOUT -> "about ";
            case MORE_THAN -> "more than ";
            case AT_LEAST -> "at least ";
            case LESS_THAN -> "less than ";
            case AT_MOST -> "at most ";
        };
    }

    public static java.util.Optional<Qualifier> fromSlug(String s) {
        for (Qualifier q : values()) {
            if (q.slug().equals(s)) {
                return java.util.Optional.of(q);
            }
        }
        return java.util.Optional.empty();
    }
}
