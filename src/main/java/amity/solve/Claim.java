package amity.solve;

import amity.model.DateInterval;
import java.util.List;
import java.util.Objects;

/**
 * What a figure, a series step or a breakdown says about the signing dates, as one constraint with
 * the id it is reported under (a figure id, or a step or breakdown key).
 */
public sealed interface Claim permits Claim.Count, Claim.Step, Claim.Rank, Claim.Dated, Claim.Linear {

    /** The id findings name this claim by; unique within one problem. */
    String id();

    /**
     * A tally lies within bounds: "53 cities by 2016-09-03", "48 countries" (a distinct tally).
     * Needed: how many of the uncertain items must fall on or before the date.
     */
    record Count(String id, Tally tally, Bounds bounds) implements Claim {
        public Count {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A series step: the items signed after {@code from} and on or before {@code to} number within
     * bounds. Needed: how many of the uncertain items must fall in that span.
     */
    record Step(String id, List<String> items, DateInterval from, DateInterval to, Bounds bounds) implements Claim {
        public Step {
            Objects.requireNonNull(id, "id");
            items = List.copyOf(items.stream().distinct().sorted().toList());
        }
    }

    /**
     * As many of {@code items} as {@code earlier} allows were signed strictly before {@code item}. Ties
     * share a rank, as in "1224" competition ranking: the rank is one more than the number of items
     * signed strictly earlier, so two agreements signed the same day are both first, and "the 3rd" is
     * {@code earlier} 2, "at most the 3rd" 0..2. Needed: how many of the uncertain items must fall
     * strictly before {@code item} (certain items count toward the rank but not toward needed, and an
     * uncertain {@code item} is not among the deciding items: the caller names it).
     */
    record Rank(String id, String item, List<String> items, Bounds earlier) implements Claim {
        public Rank {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(earlier, "earlier");
            items = List.copyOf(items.stream().filter(i -> !i.equals(item)).distinct().sorted().toList());
        }

        /** {@code item} is exactly the {@code rank}-th of {@code items}. */
        public Rank(String id, String item, List<String> items, int rank) {
            this(id, item, items, exactRank(id, rank));
        }

        private static Bounds exactRank(String id, int rank) {
            if (rank < 1) {
                throw new IllegalArgumentException("rank " + rank + " of " + id + " is below 1");
            }
            return Bounds.exactly(rank - 1);
        }
    }

    /**
     * {@code item} was signed within {@code window}: a source's publication date bounds every tie it
     * states ({@code ../2000-09-19}), an attestation's date, a predecessor. Needed: 1 when the item's
     * own record leaves it open.
     */
    record Dated(String id, String item, DateInterval window) implements Claim {
        public Dated {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(window, "window");
        }
    }

    /**
     * A weighted sum of tallies lies within bounds, e.g. a breakdown's remainder
     * {@code total − Σ parts ≥ 0}. It has no "needed" of its own.
     */
    record Linear(String id, List<Term> terms, Bounds bounds) implements Claim {
        public Linear {
            Objects.requireNonNull(id, "id");
            terms = List.copyOf(terms);
        }
    }

    /** One tally with its weight in a {@link Linear} claim. */
    record Term(int weight, Tally tally) {
    }
}
