package amity.model;

import java.util.List;

/**
 * An earlier agreement of another kind between an agreement's parties (a friendship-cooperation
 * agreement before the sister-city declaration), as one source states it. It never dates the
 * agreement it precedes and never counts as a disagreement about that agreement's date.
 */
public record Predecessor(String type, DateInterval date, String source, String quote, List<String> cites,
        String notes, Spots spots) {
}
