package amity.model;

import java.util.List;

/**
 * A tie between two places. {@code signed} is what the data keeper decided, or
 * {@link DateInterval#UNKNOWN} when the attestations decide it (see {@link #effectiveSigned()}).
 * {@code predecessors} are earlier agreements of another kind between the same parties: they never date this one.
 * {@code certainty} is "" for a tie the sources state, "implied" when read from context, "uncertain"
 * for a doubtful list entry.
 */
public record Agreement(String id, List<String> parties, String type, String level, DateInterval signed,
        Ending ended, List<Attestation> attested, List<Predecessor> predecessors, String notes, String certainty,
        Spots spots) implements Identified {

    /** Whether the tie is only implied by context or is a doubtful list entry: {@code --without-implied} leaves it out. */
    public boolean implied() {
        return !certainty.isEmpty();
    }

    @Override
    public RecordType recordType() {
        return RecordType.AGREEMENTS;
    }

    /**
     * The signing date used for counting: the one written, else the days every attestation allows, each
     * on or before its source's publication date ({@link Attestation#bound()}; an attestation giving no
     * date still gives {@code ../PUBLISHED}). Open-ended attestations ("../1989": by the end of the 1980s)
     * only bound the others. When the bounded attestations disagree, the span of them all is used (and
     * reconcile reports it). Hearsay (an attestation that {@code reports} another source) ranks below the
     * direct statements: its date counts only when no direct statement gives a date.
     */
    public DateInterval effectiveSigned() {
        if (signed.given()) {
            return signed;
        }
        List<DateInterval> direct = new java.util.ArrayList<>(attested.size());
        List<DateInterval> hearsay = new java.util.ArrayList<>(0);
        boolean directDated = false;
        for (Attestation a : attested) {
            DateInterval d = a.bound();
            if (!d.given()) {
                continue;
            }
            if (a.hearsay()) {
                hearsay.add(d);
            } else {
                direct.add(d);
                directDated |= a.date().given();
            }
        }
        if (!directDated) {
            direct.addAll(hearsay);
        }
        return allowed(direct);
    }

    /** The days all {@code dates} allow: the closed ones combined, then bounded by the open-ended ones. */
    private static DateInterval allowed(List<DateInterval> dates) {
        List<DateInterval> closed = new java.util.ArrayList<>();
        List<DateInterval> bounds = new java.util.ArrayList<>();
        for (DateInterval d : dates) {
            (d.openStart() || d.openEnd() ? bounds : closed).add(d);
        }
        DateInterval when = combine(closed);
        for (DateInterval b : bounds) {
            when = when == null ? b : when.intersect(b).orElse(when);
        }
        return when == null ? DateInterval.UNKNOWN : when;
    }

    /** The days all dates allow, or when they disagree the span of them all; null for none. */
    private static DateInterval combine(List<DateInterval> dates) {
        DateInterval joint = null;
        DateInterval hull = null;
        boolean disjoint = false;
        for (DateInterval d : dates) {
            hull = hull == null ? d : hull.hull(d);
            if (!disjoint) {
                java.util.Optional<DateInterval> both = joint == null ? java.util.Optional.of(d) : joint.intersect(d);
                disjoint = both.isEmpty();
                joint = both.orElse(null);
            }
        }
        return disjoint ? hull : joint;
    }

    /** This agreement with each attestation knowing its source's publication date ({@code published} by source id). */
    public Agreement withPublished(java.util.function.Function<String, DateInterval> published) {
        if (attested.isEmpty()) {
            return this;
        }
        List<Attestation> out = new java.util.ArrayList<>(attested.size());
        for (Attestation a : attested) {
            out.add(a.published(published.apply(a.source())));
        }
        return withAttested(List.copyOf(out));
    }

    /** This agreement with {@code attested} in place of its attestations, every other field kept. */
    public Agreement withAttested(List<Attestation> attested) {
        return Shape.AGREEMENT.with(this, Shape.AGREEMENT.key(Agreement.class, "attested"), attested);
    }

    /** The party that is not {@code place}, or "" when {@code place} is not a party. */
    public String partnerOf(String place) {
        if (parties.size() != 2) {
            return "";
        }
        if (parties.get(0).equals(place)) {
            return parties.get(1);
        }
        return parties.get(1).equals(place) ? parties.get(0) : "";
    }
}
