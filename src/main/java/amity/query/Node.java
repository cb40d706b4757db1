package amity.query;

import amity.model.DateInterval;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** The expression tree: conditions joined by and, or, not. */
sealed interface Node {
    record Always() implements Node {
    }

    record And(Node left, Node right) implements Node {
    }

    record Or(Node left, Node right) implements Node {
    }

    record Not(Node inner) implements Node {
    }

    /** {@code field op literal}; the literal already read as the field's type. */
    record Compare(Field field, String op, Literal literal) implements Node {
    }

    /** {@code field in (a, b, ...)}: true when the field equals any of them. */
    record In(Field field, List<Literal> literals) implements Node {
    }

    /** {@code list has item}. */
    record Has(Field field, Literal literal) implements Node {
    }

    /** A literal as the compared field's type reads it: exactly one of the values is set. */
    record Literal(String text, BigDecimal number, DateInterval date, Boolean bool, Pattern regex) {
        /** "": what a missing or empty value equals, whatever the field's type. */
        boolean empty() {
            return text.isEmpty() && number == null && date == null && bool == null && regex == null;
        }
    }
}
