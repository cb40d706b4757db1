package amity.solve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * The MARCO scheme (Liffiton et al.): walks the subsets of claims, largest unexplored first, and
 * sorts each into a maximal set that can hold (grown one claim at a time, in claim order) or a
 * minimal set that cannot (shrunk by {@link QuickXplain}), until every subset is accounted for or
 * a bound is reached. The map of unexplored subsets is itself a small Choco model, so the largest
 * satisfiable sets come first: the implied windows are read from those.
 */
final class Marco {

    /** What the walk found: minimal conflicting sets, maximal satisfiable sets (largest first). */
    record Found(List<BitSet> conflicts, List<BitSet> satisfiable, boolean complete) {
    }

    private final Oracle oracle;
    private final int n;
    private final Model map = new Model("amity-map");
    private final BoolVar[] use;
    private final IntVar size;

    Marco(Oracle oracle, int claims) {
        this.oracle = oracle;
        this.n = claims;
        use = map.boolVarArray("use", claims);
        size = map.intVar("size", 0, claims);
        map.sum(use, "=", size).post();
    }

    /** Explores until all subsets are sorted, or {@code maxSets} conflicts and all largest satisfiable sets are found. */
    Found explore(int maxSets) {
        List<BitSet> conflicts = new ArrayList<>();
        List<BitSet> satisfiable = new ArrayList<>();
        BitSet all = new BitSet();
        all.set(0, n);
        if (n == 0) {
            return new Found(conflicts, List.of(all), true);
        }
        while (true) {
            BitSet seed = seed();
            if (seed == null) {
                return new Found(conflicts, satisfiable, true);
            }
            boolean smaller = !satisfiable.isEmpty() && seed.cardinality() < satisfiable.get(0).cardinality();
            if (conflicts.size() >= maxSets && (smaller || satisfiable.size() >= maxSets)) {
                return new Found(conflicts, satisfiable, false);
            }
            Oracle.Answer a = oracle.sat(seed, List.of());
            if (a == Oracle.Answer.SAT) {
                BitSet grown = grow(seed);
                if (!smaller && satisfiable.size() < maxSets) {
                    satisfiable.add(grown);
                }
                BitSet rest = (BitSet) all.clone();
                rest.andNot(grown);
                if (rest.isEmpty()) {
                    return new Found(conflicts, satisfiable, true);
                }
                map.sum(pick(rest), ">=", 1).post();
            } else if (a == Oracle.Answer.UNSAT) {
                BitSet core = new QuickXplain(oracle, List.of()).conflict(new BitSet(), seed);
                if (oracle.sat(core, List.of()) != Oracle.Answer.UNSAT) {
                    return new Found(conflicts, satisfiable, false);
                }
                if (conflicts.size() < maxSets) {
                    conflicts.add(core);
                }
                map.sum(pick(core), "<=", core.cardinality() - 1).post();
            } else {
                return new Found(conflicts, satisfiable, false);
            }
        }
    }

    private BoolVar[] pick(BitSet s) {
        return s.stream().mapToObj(i -> use[i]).toArray(BoolVar[]::new);
    }

    private BitSet grow(BitSet seed) {
        BitSet grown = (BitSet) seed.clone();
        for (int i = grown.nextClearBit(0); i < n; i = grown.nextClearBit(i + 1)) {
            grown.set(i);
            if (oracle.sat(grown, List.of()) != Oracle.Answer.SAT) {
                grown.clear(i);
            }
        }
        return grown;
    }

    /** The largest unexplored subset, the earliest claims first among equals; null when none is left. */
    private BitSet seed() {
        Solver s = map.getSolver();
        s.reset();
        s.setSearch(Search.inputOrderUBSearch(use));
        Solution best = s.findOptimalSolution(size, true);
        s.reset();
        if (best == null) {
            return null;
        }
        BitSet seed = new BitSet();
        for (int i = 0; i < n; i++) {
            if (best.getIntVal(use[i]) == 1) {
                seed.set(i);
            }
        }
        return seed;
    }
}
