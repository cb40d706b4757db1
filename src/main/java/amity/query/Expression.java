package amity.query;

import amity.model.DateInterval;
import amity.model.Truth;
import amity.query.Node.Literal;
import amity.table.Value;
import java.util.List;

/**
 * A parsed expression, tested against rows three-valued: a date condition may hold certainly,
 * possibly or not. Text and numbers compare exactly; a missing value fails every test but '!=', and
 * {@code = ""} holds exactly for a missing or empty value ({@code != ""} for the others).
 */
public final class Expression {
    private final Node root;
    private final List<String> fieldsUsed;

    private Expression(Node root, List<String> fieldsUsed) {
        this.root = root;
        this.fieldsUsed = List.copyOf(fieldsUsed);
    }

    /** The expression that holds for every row: what an empty expression parses to. */
    public static final Expression ALWAYS = new Expression(new Node.Always(), List.of());

    public static Expression parse(String text, Catalog catalog) throws QueryError {
        return parse(text, catalog, ClosedValues.NONE);
    }

    /** Parses, refusing a value a closed field never has (a misspelt type, a subject no figure has). */
    public static Expression parse(String text, Catalog catalog, ClosedValues closed) throws QueryError {
        Parser p = new Parser(text, catalog, closed);
        Node root = p.parse();
        return new Expression(root, p.fieldsUsed());
    }

    public List<String> fieldsUsed() {
        return fieldsUsed;
    }

    /** The literal texts the expression compares {@code field} with by '=' or 'in', in order: what its scope names. */
    public List<String> valuesNamed(String field) {
        List<String> out = new java.util.ArrayList<>();
        named(root, field, out);
        return out;
    }

    private static void named(Node n, String field, List<String> out) {
        if (n instanceof Node.And a) {
            named(a.left(), field, out);
            named(a.right(), field, out);
        } else if (n instanceof Node.Or o) {
            named(o.left(), field, out);
            named(o.right(), field, out);
        } else if (n instanceof Node.In in && in.field().name().equals(field)) {
            in.literals().forEach(l -> out.add(l.text()));
        } else if (n instanceof Node.Compare c && c.op().equals("=") && c.field().name().equals(field)) {
            out.add(c.literal().text());
        }
    }

    public Truth test(Row row) {
        return eval(root, row);
    }

    private static Truth eval(Node n, Row row) {
        if (n instanceof Node.Always) {
            return Truth.YES;
        }
        if (n instanceof Node.And a) {
            Truth l = eval(a.left(), row);
            return l == Truth.NO ? Truth.NO : l.and(eval(a.right(), row));
        }
        if (n instanceof Node.Or o) {
            Truth l = eval(o.left(), row);
            return l == Truth.YES ? Truth.YES : l.or(eval(o.right(), row));
        }
        if (n instanceof Node.Not x) {
            return eval(x.inner(), row).not();
        }
        if (n instanceof Node.In in) {
            Value v = row.get(in.field().name());
            Truth t = Truth.NO;
            for (Literal l : in.literals()) {
                t = t.or(compare(v, "=", l));
            }
            return t;
        }
        if (n instanceof Node.Has h) {
            Value v = row.get(h.field().name());
            Truth t = Truth.NO;
            if (v instanceof Value.ListOf list) {
                for (Value item : list.items()) {
                    t = t.or(compare(item, "=", h.literal()));
                }
            }
            return t;
        }
        Node.Compare c = (Node.Compare) n;
        return compare(row.get(c.field().name()), c.op(), c.literal());
    }

    static Truth compare(Value v, String op, Literal l) {
        if (l.empty()) {
            boolean empty = v instanceof Value.Missing || text(v).isEmpty();
            return Truth.of(op.equals("=") == empty);
        }
        if (v instanceof Value.Missing) {
            return Truth.of(op.equals("!="));
        }
        if (l.regex() != null) {
            if (v instanceof Value.ListOf list) {
                return Truth.of(list.items().stream().anyMatch(i -> l.regex().matcher(text(i)).find()));
            }
            return Truth.of(l.regex().matcher(text(v)).find());
        }
        if (v instanceof Value.Date d && l.date() != null) {
            return dates(d.date(), op, l.date());
        }
        if (v instanceof Value.Range r && l.number() != null) {
            Truth atLo = Truth.of(order(r.lo().compareTo(l.number()), op));
            Truth atHi = Truth.of(order(r.hi().compareTo(l.number()), op));
            if (op.equals("=")) {
                boolean inside = r.lo().compareTo(l.number()) <= 0 && r.hi().compareTo(l.number()) >= 0;
                return r.lo().compareTo(r.hi()) == 0 ? atLo : inside ? Truth.MAYBE : Truth.NO;
            }
            if (op.equals("!=")) {
                return compare(v, "=", l).not();
            }
            return atLo == atHi ? atLo : Truth.MAYBE;
        }
        if (v instanceof Value.Num num && l.number() != null) {
            return Truth.of(order(num.number().compareTo(l.number()), op));
        }
        if (v instanceof Value.Bool b && l.bool() != null) {
            return Truth.of(op.equals("=") == (b.bool() == l.bool()));
        }
        int c = text(v).compareTo(l.text());
        return Truth.of(order(c, op));
    }

    private static boolean order(int c, String op) {
        return switch (op) {
            case "=" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    /** Date against date literal, both intervals: certain only when every day of d satisfies it. */
    static Truth dates(DateInterval d, String op, DateInterval l) {
        return switch (op) {
            case "=" -> d.within(l);
            case "!=" -> d.within(l).not();
            case "<" -> d.latest().isBefore(l.earliest()) ? Truth.YES
                    : !d.earliest().isBefore(l.earliest()) ? Truth.NO : Truth.MAYBE;
            case "<=" -> !d.latest().isAfter(l.latest()) ? Truth.YES
                    : d.earliest().isAfter(l.latest()) ? Truth.NO : Truth.MAYBE;
            case ">" -> d.earliest().isAfter(l.latest()) ? Truth.YES
                    : !d.latest().isAfter(l.latest()) ? Truth.NO : Truth.MAYBE;
            default -> !d.earliest().isBefore(l.earliest()) ? Truth.YES
                    : d.latest().isBefore(l.earliest()) ? Truth.NO : Truth.MAYBE;
        };
    }

    /** A value as text for comparisons and keys: lists joined with "; ". */
    public static String text(Value v) {
        return v.asText("; ");
    }

}
