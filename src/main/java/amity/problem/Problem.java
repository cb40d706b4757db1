package amity.problem;

import amity.model.Origin;

/**
 * Something wrong in the data, located: where it is, how many display columns the caret marks,
 * and one plain sentence. {@code also} points at a second place (the other half of a duplicate).
 */
public record Problem(Origin at, int width, String message, Origin also) implements Comparable<Problem> {

    public Problem(Origin at, int width, String message) {
        this(at, width, message, Origin.NOWHERE);
    }

    @Override
    public int compareTo(Problem o) {
        int c = at.file().compareTo(o.at.file());
        if (c == 0) {
            c = Integer.compare(at.line(), o.at.line());
        }
        if (c == 0) {
            c = Integer.compare(at.column(), o.at.column());
        }
        return c != 0 ? c : message.compareTo(o.message);
    }
}
