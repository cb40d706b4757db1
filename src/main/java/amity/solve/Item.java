package amity.solve;

import amity.model.DateInterval;
import java.util.Objects;

/**
 * One agreement as the solver sees it: its id, the days it may have been signed on (certain when the
 * interval is a single day; an unknown date is {@link DateInterval#UNKNOWN}), the key its distinct
 * counts go by (a partner country, say), empty when it has none, and the days it may have ended on
 * ({@link #LASTS} when it has not ended): a count as of day D counts it when it was signed on or
 * before D and had not ended on or before D.
 */
public record Item(String id, DateInterval signed, String group, DateInterval ended) {

    /** The end of an item that lasts: after every day a figure can be as of. */
    public static final DateInterval LASTS = DateInterval.of("9999-12-31");

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(ended, "ended");
    }

    /** An item that lasts. */
    public Item(String id, DateInterval signed, String group) {
        this(id, signed, group, LASTS);
    }

    /** Whether it ended (on a known or an uncertain day). */
    public boolean ends() {
        return !ended.equals(LASTS);
    }

    /** An item without a group key. */
    public static Item of(String id, DateInterval signed) {
        return new Item(id, signed, "");
    }

    /** Whether its signing day is known to the day: then it is a constant, not a variable. */
    public boolean certain() {
        return signed.isDay();
    }
}
