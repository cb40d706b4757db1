package amity.query;

import amity.model.DateInterval;
import amity.query.Node.Literal;
import amity.table.FieldType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recursive descent over the grammar
 * {@code or := and ('or' and)*; and := not ('and' not)*; not := 'not' not | '(' or ')' | test;
 * test := FIELD op LITERAL | FIELD 'in' '(' LITERAL (',' LITERAL)* ')' | FIELD 'has' LITERAL}.
 */
final class Parser {
    private final String text;
    private final Catalog catalog;
    private final ClosedValues closed;
    private final List<Token> tokens;
    private final List<String> fieldsUsed = new ArrayList<>();
    private int pos;

    Parser(String text, Catalog catalog, ClosedValues closed) throws QueryError {
        this.text = text;
        this.catalog = catalog;
        this.closed = closed;
        this.tokens = Lexer.lex(text);
    }

    List<String> fieldsUsed() {
        return fieldsUsed;
    }

    Node parse() throws QueryError {
        if (peek().kind() == Token.Kind.END) {
            return new Node.Always();
        }
        Node n = or();
        if (peek().kind() != Token.Kind.END) {
            Token t = peek();
            throw error(t, t.kind() == Token.Kind.RPAREN ? "this ')' has no '(' to close."
                    : "expected 'and', 'or' or the end of the expression, found '" + t.text() + "'.");
        }
        return n;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private QueryError error(Token t, String message) {
        return new QueryError(text, t.start(), Math.max(1, t.end() - t.start()), message);
    }

    private Node or() throws QueryError {
        Node n = and();
        while (peek().isKeyword("or")) {
            next();
            n = new Node.Or(n, and());
        }
        return n;
    }

    private Node and() throws QueryError {
        Node n = not();
        while (peek().isKeyword("and")) {
            next();
            n = new Node.And(n, not());
        }
        return n;
    }

    private Node not() throws QueryError {
        Token t = peek();
        if (t.isKeyword("not")) {
            next();
            return new Node.Not(not());
        }
        if (t.kind() == Token.Kind.LPAREN) {
            next();
            Node n = or();
            if (peek().kind() != Token.Kind.RPAREN) {
                throw error(peek(), peek().kind() == Token.Kind.END ? "the '(' at column " + (t.start() + 1)
                        + " is never closed; add a ')'." : "expected ')', found '" + peek().text() + "'.");
            }
            next();
            return n;
        }
        return test();
    }

    private Node test() throws QueryError {
        Token name = next();
        if (name.kind() != Token.Kind.WORD) {
            throw error(name, name.kind() == Token.Kind.END ? "the expression ends where a condition should be, "
                    + "e.g. type = sister-city." : "expected a field name, found '" + name.text() + "'.");
        }
        Field field = catalog.find(name.text()).orElseThrow(() -> error(name, "unknown field '" + name.text() + "'"
                + catalog.hint(name.text())));
        fieldsUsed.add(field.name());
        Token op = next();
        if (op.isKeyword("in")) {
            return in(field, op);
        }
        if (op.isKeyword("has")) {
            if (field.type() != FieldType.LIST) {
                throw error(op, "'has' tests an item of a list, and " + field.name() + " is not a list; use '='.");
            }
            return new Node.Has(field, literal(field, next(), false));
        }
        if (op.kind() != Token.Kind.OP) {
            throw error(op, op.kind() == Token.Kind.END ? "the condition on " + field.name() + " has no operator; "
                    + "use = != < <= > >= ~ in or has." : "expected an operator (= != < <= > >= ~ in has) after "
                    + field.name() + ", found '" + op.text() + "'.");
        }
        if (field.type() == FieldType.LIST && !op.text().equals("~")) {
            throw error(op, field.name() + " is a list; test an item with 'has', e.g. " + field.name() + " has x.");
        }
        if ((field.type() == FieldType.TEXT || field.type() == FieldType.BOOLEAN) && op.text().matches("[<>]=?")) {
            throw error(op, field.name() + " is " + (field.type() == FieldType.TEXT ? "text" : "true or false")
                    + "; compare it with = != or ~.");
        }
        Token value = peek();
        if (value.kind() == Token.Kind.STRING && value.text().isEmpty() && !op.text().matches("!?=")) {
            throw error(value, "\"\" stands for a missing or empty value; test it with = \"\" or != \"\".");
        }
        return new Node.Compare(field, op.text(), literal(field, next(), op.text().equals("~")));
    }

    private Node in(Field field, Token op) throws QueryError {
        if (peek().kind() != Token.Kind.LPAREN) {
            throw error(peek(), "'in' takes a list in parentheses, e.g. " + field.name() + " in (a, b).");
        }
        next();
        List<Literal> items = new ArrayList<>();
        while (true) {
            items.add(literal(field, next(), false));
            Token sep = next();
            if (sep.kind() == Token.Kind.RPAREN) {
                break;
            }
            if (sep.kind() != Token.Kind.COMMA) {
                throw error(sep, sep.kind() == Token.Kind.END ? "the list after 'in' is never closed; add a ')'."
                        : "expected ',' or ')' in the list after 'in', found '" + sep.text() + "'.");
            }
        }
        return new Node.In(field, items);
    }

    private Literal literal(Field field, Token t, boolean regex) throws QueryError {
        if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.STRING) {
            throw error(t, t.kind() == Token.Kind.END ? "the condition on " + field.name() + " has no value to "
                    + "compare with." : "expected a value, found '" + t.text() + "'.");
        }
        String s = t.text();
        if (s.isEmpty() && t.kind() == Token.Kind.STRING && !regex) {
            return new Literal("", null, null, null, null);
        }
        if (regex) {
            try {
                return new Literal(s, null, null, null,
                        Pattern.compile(s, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw error(t, "'" + s + "' is not a regular expression: " + e.getDescription() + ".");
            }
        }
        switch (field.type()) {
            case NUMBER, RANGE -> {
                try {
                    return new Literal(s, new BigDecimal(s), null, null, null);
                } catch (NumberFormatException e) {
                    throw error(t, field.name() + " is a number, and '" + s + "' is not one.");
                }
            }
            case DATE -> {
                try {
                    return new Literal(s, null, DateInterval.parse(s), null, null);
                } catch (DateInterval.Malformed e) {
                    throw error(t, field.name() + " is a date, and " + e.getMessage() + ".");
                }
            }
            case BOOLEAN -> {
                return switch (s.toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "yes" -> new Literal(s, null, null, true, null);
                    case "false", "no" -> new Literal(s, null, null, false, null);
                    default -> throw error(t, field.name() + " is true or false, not '" + s + "'.");
                };
            }
            default -> {
                var problem = closed.problem(field.name(), s);
                if (problem.isPresent()) {
                    throw error(t, problem.get());
                }
                return new Literal(s, null, null, null, null);
            }
        }
    }
}
