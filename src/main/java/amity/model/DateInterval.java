package amity.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a source gives it, in the EDTF (ISO 8601-2) forms amity reads, kept as the
 * interval [earliest, latest] of days it may mean.
 *
 * <p>Forms: {@code 1979-03-14}, {@code 1979-03}, {@code 1979}, {@code 197X} (a decade),
 * {@code 19XX} (a century), intervals {@code 1980/1989}, {@code ../1989}, {@code 1980/..},
 * each endpoint optionally marked {@code ?} (uncertain), {@code ~} (approximate) or {@code %} (both).
 */
public record DateInterval(String text, LocalDate earliest, LocalDate latest, boolean uncertain, boolean approximate)
        implements Comparable<DateInterval> {

    /** Earliest day an open start stands for. */
    public static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);
    /** Latest day an open end stands for. */
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    /** A date nobody gave: any day at all. */
    public static final DateInterval UNKNOWN = new DateInterval("..", OPEN_START, OPEN_END, false, false);

    private static final Pattern POINT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");
    private static final Pattern MASKED = Pattern.compile("(\\d{2})(\\d|X)X([?~%])?");

    /** Why a text is not a date amity reads. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        public Malformed(String message) {
            super(message);
        }
    }

    public static DateInterval parse(String text) throws Malformed {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new Malformed("a date is empty");
        }
        int slash = t.indexOf('/');
        if (slash >= 0) {
            String a = t.substring(0, slash);
            String b = t.substring(slash + 1);
            if (b.indexOf('/') >= 0) {
                throw new Malformed("'" + t + "' has more than one '/'; an interval is START/END");
            }
            DateInterval start = a.isEmpty() || a.equals("..") ? null : point(a, t);
            DateInterval end = b.isEmpty() || b.equals("..") ? null : point(b, t);
            if (start == null && end == null) {
                throw new Malformed("'" + t + "' is open at both ends; write at least one of them");
            }
            LocalDate lo = start == null ? OPEN_START : start.earliest;
            LocalDate hi = end == null ? OPEN_END : end.latest;
            if (lo.isAfter(hi)) {
                throw new Malformed("'" + t + "' ends before it starts");
            }
            boolean unc = (start != null && start.uncertain) || (end != null && end.uncertain);
            boolean app = (start != null && start.approximate) || (end != null && end.approximate);
            return new DateInterval(t, lo, hi, unc, app);
        }
        return point(t, t);
    }

    /** Parses where a malformed date is a programming error, e.g. literals in code and tests. */
    public static DateInterval of(String text) {
        try {
            return parse(text);
        } catch (Malformed e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static DateInterval point(String p, String whole) throws Malformed {
        Matcher m = POINT.matcher(p);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            boolean unc = "?".equals(m.group(4)) || "%".equals(m.group(4));
            boolean app = "~".equals(m.group(4)) || "%".equals(m.group(4));
            try {
                if (m.group(2) == null) {
                    return new DateInterval(p, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), unc, app);
                }
                int month = Integer.parseInt(m.group(2));
                if (month < 1 || month > 12) {
                    throw new Malformed("'" + whole + "' has month " + m.group(2) + "; months run 01 to 12");
                }
                YearMonth ym = YearMonth.of(year, month);
                if (m.group(3) == null) {
                    return new DateInterval(p, ym.atDay(1), ym.atEndOfMonth(), unc, app);
                }
                LocalDate d = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
                return new DateInterval(p, d, d, unc, app);
            } catch (DateTimeException e) {
                throw new Malformed("'" + whole + "' is not a day of the calendar: " + m.group(1) + "-" + m.group(2)
                        + " has no day " + m.group(3));
            }
        }
        Matcher x = MASKED.matcher(p);
        if (x.matches()) {
            boolean decade = !x.group(2).equals("X");
            int from = decade ? Integer.parseInt(x.group(1) + x.group(2)) * 10 : Integer.parseInt(x.group(1)) * 100;
            int to = from + (decade ? 9 : 99);
            boolean unc = "?".equals(x.group(3)) || "%".equals(x.group(3));
            boolean app = "~".equals(x.group(3)) || "%".equals(x.group(3));
            return new DateInterval(p, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), unc, app);
        }
        throw new Malformed("'" + whole + "' is not a date; write YYYY-MM-DD, YYYY-MM, YYYY, 199X, 1980/1989 or ../1989");
    }

    /** Whether a date was given: every date not written in the data is {@link #UNKNOWN}. */
    public boolean given() {
        // Most dates differ from UNKNOWN in a bound: decided without comparing the texts.
        return !earliest.equals(OPEN_START) || !latest.equals(OPEN_END) || !equals(UNKNOWN);
    }

    /**
     * The record's own equality, written out: the generated one goes through method handles, which the
     * launcher's quick compiler (C1) does not inline, and reconcile compares dates millions of times.
     * hashCode is written out with it, in the generated one's formula (so hash order is unchanged):
     * the generated one is bootstrapped through method handles on first use, ms of every start-up.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof DateInterval d && uncertain == d.uncertain && approximate == d.approximate
                && java.util.Objects.equals(earliest, d.earliest) && java.util.Objects.equals(latest, d.latest)
                && java.util.Objects.equals(text, d.text);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(text);
        h = h * 31 + java.util.Objects.hashCode(earliest);
        h = h * 31 + java.util.Objects.hashCode(latest);
        h = h * 31 + Boolean.hashCode(uncertain);
        return h * 31 + Boolean.hashCode(approximate);
    }

    public boolean isDay() {
        return earliest.equals(latest);
    }

    public boolean openStart() {
        return earliest.equals(OPEN_START);
    }

    public boolean openEnd() {
        return latest.equals(OPEN_END);
    }

    /** The days both intervals allow, if any. */
    public Optional<DateInterval> intersect(DateInterval o) {
        LocalDate lo = earliest.isAfter(o.earliest) ? earliest : o.earliest;
        LocalDate hi = latest.isBefore(o.latest) ? latest : o.latest;
        if (lo.isAfter(hi)) {
            return Optional.empty();
        }
        if (lo.equals(earliest) && hi.equals(latest)) {
            return Optional.of(this);
        }
        if (lo.equals(o.earliest) && hi.equals(o.latest)) {
            return Optional.of(o);
        }
        return Optional.of(span(lo, hi, uncertain || o.uncertain, approximate || o.approximate));
    }

    /** The smallest interval covering both. */
    public DateInterval hull(DateInterval o) {
        LocalDate lo = earliest.isBefore(o.earliest) ? earliest : o.earliest;
        LocalDate hi = latest.isAfter(o.latest) ? latest : o.latest;
        return span(lo, hi, uncertain || o.uncertain, approximate || o.approximate);
    }

    private static DateInterval span(LocalDate lo, LocalDate hi, boolean unc, boolean app) {
        return new DateInterval(text(lo, hi), lo, hi, unc, app);
    }

    /** The shortest EDTF text for [lo, hi]: 1993, 1993-10, 1993/1999, 1993-10/1994-02, else days. */
    static String text(LocalDate lo, LocalDate hi) {
        boolean wholeYears = lo.getDayOfYear() == 1 && hi.getMonthValue() == 12 && hi.getDayOfMonth() == 31;
        boolean wholeMonths = lo.getDayOfMonth() == 1 && hi.getDayOfMonth() == hi.lengthOfMonth();
        String a;
        String b;
        if (wholeYears) {
            a = String.valueOf(lo.getYear());
            b = String.valueOf(hi.getYear());
        } else if (wholeMonths) {
            a = YearMonth.from(lo).toString();
            b = YearMonth.from(hi).toString();
        } else {
            a = lo.toString();
            b = hi.toString();
        }
        a = lo.equals(OPEN_START) ? ".." : a;
        b = hi.equals(OPEN_END) ? ".." : b;
        return a.equals(b) ? a : a + "/" + b;
    }

    public boolean overlaps(DateInterval o) {
        return !earliest.isAfter(o.latest) && !o.earliest.isAfter(latest);
    }

    /** Whether this date falls on or before every day of {@code o}: the "as of" test. */
    public Truth onOrBefore(DateInterval o) {
        if (!latest.isAfter(o.earliest)) {
            return Truth.YES;
        }
        return earliest.isAfter(o.latest) ? Truth.NO : Truth.MAYBE;
    }

    /** Whether this date is strictly before {@code o}. */
    public Truth before(DateInterval o) {
        if (latest.isBefore(o.earliest)) {
            return Truth.YES;
        }
        return earliest.isBefore(o.latest) ? Truth.MAYBE : Truth.NO;
    }

    /** Whether this date is the same as {@code o}: certain only when both are the same single day. */
    public Truth sameAs(DateInterval o) {
        if (!overlaps(o)) {
            return Truth.NO;
        }
        return isDay() && o.isDay() ? Truth.YES : Truth.MAYBE;
    }

    /** Whether this date lies inside {@code o}. */
    public Truth within(DateInterval o) {
        if (!earliest.isBefore(o.earliest) && !latest.isAfter(o.latest)) {
            return Truth.YES;
        }
        return overlaps(o) ? Truth.MAYBE : Truth.NO;
    }

    @Override
    public int compareTo(DateInterval o) {
        int c = earliest.compareTo(o.earliest);
        if (c == 0) {
            c = latest.compareTo(o.latest);
        }
        return c != 0 ? c : text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
