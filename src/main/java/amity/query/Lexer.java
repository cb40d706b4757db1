package amity.query;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into words, quoted strings, operators and parentheses. */
final class Lexer {
    private static final String SPECIAL = "()=!<>,~'\"";

    private Lexer() {
    }

    static List<Token> lex(String s) throws QueryError {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Token(Token.Kind.LPAREN, "(", i, ++i));
            } else if (c == ')') {
                out.add(new Token(Token.Kind.RPAREN, ")", i, ++i));
            } else if (c == ',') {
                out.add(new Token(Token.Kind.COMMA, ",", i, ++i));
            } else if (c == '\'' || c == '"') {
                int start = i++;
                StringBuilder sb = new StringBuilder();
                while (i < s.length() && s.charAt(i) != c) {
                    if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                        i++;
                    }
                    sb.append(s.charAt(i++));
                }
                if (i >= s.length()) {
                    throw new QueryError(s, start, 1, "this quoted text is never closed; add a " + c + " at its end.");
                }
                out.add(new Token(Token.Kind.STRING, sb.toString(), start, ++i));
            } else if (c == '=' || c == '~') {
                out.add(new Token(Token.Kind.OP, String.valueOf(c), i, ++i));
            } else if (c == '!' || c == '<' || c == '>') {
                int start = i++;
                if (i < s.length() && s.charAt(i) == '=') {
                    i++;
                } else if (c == '!') {
                    throw new QueryError(s, start, 1, "'!' is only used in '!='; use 'not' to negate.");
                }
                out.add(new Token(Token.Kind.OP, s.substring(start, i), start, i));
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && SPECIAL.indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                out.add(new Token(Token.Kind.WORD, s.substring(start, i), start, i));
            }
        }
        out.add(new Token(Token.Kind.END, "", s.length(), s.length()));
        return out;
    }
}
