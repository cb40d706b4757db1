package amity.query;

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
