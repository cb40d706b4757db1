package amity.model;

import java.util.Optional;

/** Whether an agreement has ended: it lasts, or it ended on a date. */
public sealed interface Ending {
    /** The agreement lasts (no end date is written). */
    Ending LASTS = new Lasts();

    /** The end date, when it ended. */
    Optional<DateInterval> date();

    static Ending of(Optional<DateInterval> date) {
        return date.<Ending>map(Ended::new).orElse(LASTS);
    }

    /** No end is written: the agreement lasts. */
    record Lasts() implements Ending {
        @Override
        public Optional<DateInterval> date() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "";
        }
    }

    /** It ended on {@code when}. */
    record Ended(DateInterval when) implements Ending {
        @Override
        public Optional<DateInterval> date() {
            return Optional.of(when);
        }

        @Override
        public String toString() {
            return when.toString();
        }
    }
}
