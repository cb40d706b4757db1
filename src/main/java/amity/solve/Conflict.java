package amity.solve;

import java.util.List;

/**
 * A smallest set of claims that cannot hold together (in claim order), and the items of uncertain
 * date they mention (in id order): the records whose dates the conflict is about.
 */
public record Conflict(List<String> claims, List<String> items) {

    public Conflict {
        claims = List.copyOf(claims);
        items = List.copyOf(items);
    }
}
