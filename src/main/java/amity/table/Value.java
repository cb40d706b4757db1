package amity.table;

import amity.model.DateInterval;
import java.math.BigDecimal;
import java.util.List;

/** A field's value as the query language and the output layer see it. */
public sealed interface Value {
    record Text(String text) implements Value {
    }

    record Num(BigDecimal number) implements Value {
    }

    record Date(DateInterval date) implements Value {
    }

    record Bool(boolean bool) implements Value {
    }

    /** A numeric range lo..hi, for counts derived from uncertain dates. */
    record Range(BigDecimal lo, BigDecimal hi) implements Value {
    }

    record ListOf(List<Value> items) implements Value {
    }

    /** No value: an optional field left out. */
    record Missing() implements Value {
    }

    Missing MISSING = new Missing();

    /**
     * The value as text, the one rule every output and comparison shares: numbers plain, dates as
     * written, ranges as lo..hi (or lo when both are equal), lists joined with {@code listSeparator},
     * missing as "".
     */
    default String asText(String listSeparator) {
        if (this instanceof Text t) {
            return t.text();
        }
        if (this instanceof Num n) {
            return n.number().toPlainString();
        }
        if (this instanceof Date d) {
            return d.date().text();
        }
        if (this instanceof Bool b) {
            return String.valueOf(b.bool());
        }
        if (this instanceof Range r) {
            return r.lo().compareTo(r.hi()) == 0 ? r.lo().toPlainString()
                    : r.lo().toPlainString() + ".." + r.hi().toPlainString();
        }
        if (this instanceof ListOf l) {
            return String.join(listSeparator, l.items().stream().map(i -> i.asText(listSeparator)).toList());
        }
        return "";
    }

    static Value text(String s) {
        return s == null || s.isEmpty() ? MISSING : new Text(s);
    }

    static Value num(long n) {
        return new Num(BigDecimal.valueOf(n));
    }

    static Value date(DateInterval d) {
        return d == null ? MISSING : new Date(d);
    }

    static Value texts(List<String> items) {
        return new ListOf(items.stream().map(Value::text).toList());
    }
}
