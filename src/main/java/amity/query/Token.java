package amity.query;

/** A token of the expression language, with its place in the text. */
record Token(Kind kind, String text, int start, int end) {
    enum Kind {
        WORD, STRING, OP, LPAREN, RPAREN, COMMA, END
    }

    boolean isKeyword(String k) {
        return kind == Kind.WORD && text.equalsIgnoreCase(k);
    }
}
