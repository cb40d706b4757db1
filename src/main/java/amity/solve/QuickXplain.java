package amity.solve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.chocosolver.solver.constraints.Constraint;

/**
 * Junker's QuickXplain with the solver as oracle: a minimal subset of some claims that cannot hold
 * together with a background (other claims, plus extra constraints such as "signed before day D").
 * Written here rather than taken from Choco's {@code QuickXPlain}, which reads a search stopped by a
 * limit as a conflict: here an unknown answer counts as "can hold", so a limit can only make the set
 * larger than minimal (and the query is flagged), never name claims that do not conflict.
 */
final class QuickXplain {

    private final Oracle oracle;
    private final List<Constraint> extra;

    QuickXplain(Oracle oracle, List<Constraint> extra) {
        this.oracle = oracle;
        this.extra = extra;
    }

    /**
     * A minimal conflicting subset of {@code candidates} (in their index order, which is also the
     * preference: earlier claims are kept out of the set when a later one explains it as well).
     */
    BitSet conflict(BitSet background, BitSet candidates) {
        List<Integer> list = new ArrayList<>();
        candidates.stream().forEach(list::add);
        BitSet found = new BitSet();
        if (list.isEmpty()) {
            return found;
        }
        for (int i : qx(background, false, list)) {
            found.set(i);
        }
        return found;
    }

    private List<Integer> qx(BitSet background, boolean grew, List<Integer> candidates) {
        if (grew && oracle.sat(background, extra) == Oracle.Answer.UNSAT) {
            return List.of();
        }
        if (candidates.size() == 1) {
            return candidates;
        }
        int k = candidates.size() / 2;
        List<Integer> c1 = candidates.subList(0, k);
        List<Integer> c2 = candidates.subList(k, candidates.size());
        List<Integer> d2 = qx(union(background, c1), true, c2);
        List<Integer> d1 = qx(union(background, d2), !d2.isEmpty(), c1);
        List<Integer> both = new ArrayList<>(d1);
        both.addAll(d2);
        return both;
    }

    private static BitSet union(BitSet a, List<Integer> b) {
        BitSet u = (BitSet) a.clone();
        b.forEach(u::set);
        return u;
    }
}
