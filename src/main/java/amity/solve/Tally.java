package amity.solve;

import amity.model.DateInterval;
import java.util.List;
import java.util.Objects;

/**
 * How many of a set of items were signed on or before a date, or, when {@code distinct}, how many
 * different group keys they carry (an item without a key counts as a key of its own). The date is a single day, or an interval (such as {@code 2021/2022})
 * that the solver treats as one unknown day: its own, or the one every tally naming the same {@code day}
 * shares (the figures of one report with the same interval as_of describe one day).
 */
public record Tally(List<String> items, DateInterval asOf, boolean distinct, String day) {

    public Tally {
        items = List.copyOf(items.stream().distinct().sorted().toList());
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(day, "day");
    }

    /** A tally whose interval date is a day of its own. */
    public Tally(List<String> items, DateInterval asOf, boolean distinct) {
        this(items, asOf, distinct, "");
    }

    /** The same tally on the interval day it shares with every tally naming {@code key}. */
    public Tally sharing(String key) {
        return new Tally(items, asOf, distinct, asOf.isDay() ? "" : key);
    }

    // equals and hashCode written out: the generated ones are bootstrapped through method handles on
    // first use, a few ms of every reconcile's start-up (a tally is a map key of the encoding).
    @Override
    public boolean equals(Object o) {
        return o instanceof Tally t && distinct == t.distinct && items.equals(t.items) && asOf.equals(t.asOf)
                && day.equals(t.day);
    }

    @Override
    public int hashCode() {
        return ((items.hashCode() * 31 + asOf.hashCode()) * 31 + Boolean.hashCode(distinct)) * 31 + day.hashCode();
    }

    public static Tally count(List<String> items, DateInterval asOf) {
        return new Tally(items, asOf, false);
    }

    public static Tally distinct(List<String> items, DateInterval asOf) {
        return new Tally(items, asOf, true);
    }
}
