package amity.solve;

import java.util.List;

/**
 * One claim graded: its status, how many of its uncertain items must count ({@code neededMin ..
 * neededMax}: signed on or before the date for a count, inside the step for a step, strictly before
 * the ranked item for a rank; 0..0 for a claim that conflicts or counts no uncertain item), and the
 * deciding items, those of its uncertain items that may fall either way (in id order).
 */
public record Grade(String claim, ClaimStatus status, int neededMin, int neededMax, List<String> deciding) {

    public Grade {
        deciding = List.copyOf(deciding);
    }
}
