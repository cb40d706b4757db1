package amity.solve;

import amity.model.DateInterval;
import java.util.Objects;

/**
 * One agreement as the solver sees it: its id, the days it may have been signed on (certain when the
 * interval is a single day; an unknown date is {@link DateInterval#UNKNOWN}), and the key its distinct
 * counts go by (a partner country, say), empty when it has none.
 */
public record Item(String id, DateInterval signed, String group) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(group, "group");
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
