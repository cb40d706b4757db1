package amity.solve;

import amity.model.Truth;

/** Whether all claims can hold together: YES, NO, or MAYBE when a limit stopped the search first. */
public record Feasibility(Truth feasible, boolean stoppedEarly) {
}
