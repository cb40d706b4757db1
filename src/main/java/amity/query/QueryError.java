package amity.query;

import amity.text.Visible;

/**
 * A mistake in an expression, --fields or --sort: the text, where the problem is (offset and length
 * in chars), and one plain sentence.
 */
public final class QueryError extends Exception {
    private static final long serialVersionUID = 1L;
    private final String text;
    private final int start;
    private final int length;

    public QueryError(String text, int start, int length, String message) {
        super(message, null, false, false);
        this.text = text;
        this.start = Math.max(0, Math.min(start, text.length()));
        this.length = Math.max(1, length);
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int length() {
        return length;
    }

    /** The text, a caret line under the problem (aligned by display width), and the sentence. */
    public String render() {
        return "  " + Visible.of(text) + "\n  " + Visible.caret(text, start, start + length) + "\n"
                + getMessage() + "\n";
    }
}
