package amity.solve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.search.strategy.assignments.DecisionOperatorFactory;
import org.chocosolver.solver.search.strategy.selectors.values.IntDomainMiddle;
import org.chocosolver.solver.search.strategy.selectors.variables.InputOrder;
import org.chocosolver.solver.variables.IntVar;

/**
 * Asks the solver whether a set of claims (plus some extra constraints) can hold together, within
 * the budget of work each call has: yes, no, or unknown when the budget stopped it. Every solution it meets is kept
 * as a witness, so a question a known solution already answers costs no search.
 */
final class Oracle {

    enum Answer { SAT, UNSAT, UNKNOWN }

    private record Witness(BitSet claims, Solution solution) {
    }

    final Encoding enc;
    private final Budget budget;
    private final List<Witness> witnesses = new ArrayList<>();
    /** The sets of claims the budget stopped {@link #sat} on: the search is the same every time, so asked again it stops again. */
    private final java.util.Set<BitSet> cut = new java.util.HashSet<>();
    private boolean stopped;
    private long unknowns;
    private long calls;
    /** A constant the search is given besides the days: a search needs at least one variable. */
    private final IntVar anchor;

    Oracle(Encoding enc, Budget budget) {
        this.enc = enc;
        this.budget = budget;
        this.anchor = enc.model.intVar(0);
        this.enforce = new Constraint[enc.holds.length];
        for (int i = 0; i < enforce.length; i++) {
            enforce[i] = enc.model.arithm(enc.holds[i], "=", 1);
            enforce[i].post();
            enforce[i].setEnabled(false);
        }
    }

    /** Per claim, "it holds", posted once and switched on for the calls that include the claim. */
    private final Constraint[] enforce;

    /** Starts a query; {@link #stopped()} then says whether the budget cut one of its calls short. */
    void startQuery() {
        stopped = false;
    }

    boolean stopped() {
        return stopped;
    }

    /** How many answers so far were "unknown": a caller compares two readings to tell whether its own calls were cut short. */
    long unknowns() {
        return unknowns;
    }

    long calls() {
        return calls;
    }

    /** Whether the claims in {@code on} hold together with {@code extra}. */
    Answer sat(BitSet on, List<Constraint> extra) {
        if (!extra.isEmpty()) {
            return run(on, extra, null, false).answer;
        }
        for (Witness w : witnesses) {
            if (covers(w.claims(), on)) {
                return Answer.SAT;
            }
        }
        if (cut.contains(on)) {
            stopped = true;
            unknowns++;
            return Answer.UNKNOWN;
        }
        Outcome o = run(on, extra, null, false);
        if (o.answer == Answer.UNKNOWN) {
            cut.add((BitSet) on.clone());
        }
        return o.answer;
    }

    /** Whether some solution of {@code on} gives {@code var} the value {@code value}. */
    Answer canTake(BitSet on, IntVar var, int value) {
        return can(on, var, "=", value);
    }

    /** Whether some solution of {@code on} has {@code var op value}, {@code op} one of {@code = <= >=}. */
    Answer can(BitSet on, IntVar var, String op, int value) {
        for (Witness w : witnesses) {
            if (covers(w.claims(), on)) {
                int v = w.solution().getIntVal(var);
                if (op.equals("=") ? v == value : op.equals("<=") ? v <= value : v >= value) {
                    return Answer.SAT;
                }
            }
        }
        return sat(on, List.of(enc.model.arithm(var, op, value)));
    }

    /**
     * The least (or greatest) value of {@code objective} over the solutions of {@code on}, which the
     * caller knows to have some; empty when unproven.
     */
    OptionalInt optimum(BitSet on, IntVar objective, boolean maximize) {
        if (objective.isInstantiated()) {
            return OptionalInt.of(objective.getValue());
        }
        Outcome o = run(on, List.of(), objective, maximize);
        return o.answer == Answer.SAT && o.proven ? OptionalInt.of(o.value) : OptionalInt.empty();
    }

    private record Outcome(Answer answer, boolean proven, int value) {
    }

    private Outcome run(BitSet on, List<Constraint> extra, IntVar objective, boolean maximize) {
        Model model = enc.model;
        Solver solver = model.getSolver();
        calls++;
        List<Constraint> temp = new ArrayList<>(extra);
        solver.reset();
        solver.removeAllStopCriteria();
        for (int i = 0; i < enforce.length; i++) {
            enforce[i].setEnabled(on.get(i));
        }
        model.post(temp.toArray(Constraint[]::new));
        List<IntVar> order = new ArrayList<>();
        if (objective != null) {
            order.add(objective);
        }
        order.addAll(enc.decisions);
        order.add(anchor);
        solver.setSearch(Search.intVarSearch(new InputOrder<>(model), new IntDomainMiddle(!maximize),
                maximize ? DecisionOperatorFactory.makeIntReverseSplit() : DecisionOperatorFactory.makeIntSplit(),
                order.toArray(IntVar[]::new)));
        if (budget.failsPerCall() > 0) {
            solver.limitFail(budget.failsPerCall());
        }
        Outcome result;
        if (objective == null) {
            boolean found = solver.solve();
            if (found) {
                witnesses.add(new Witness((BitSet) on.clone(), new Solution(model).record()));
            }
            result = new Outcome(found ? Answer.SAT : solver.isStopCriterionMet() ? Answer.UNKNOWN : Answer.UNSAT, true, 0);
        } else {
            Solution best = solver.findOptimalSolution(objective, maximize);
            boolean cut = solver.isStopCriterionMet();
            if (best != null) {
                witnesses.add(new Witness((BitSet) on.clone(), best));
                result = new Outcome(Answer.SAT, !cut, best.getIntVal(objective));
            } else {
                result = new Outcome(cut ? Answer.UNKNOWN : Answer.UNSAT, false, 0);
            }
        }
        if (solver.isStopCriterionMet()) {
            stopped = true;
            unknowns++;
        }
        solver.reset();
        model.unpost(temp.toArray(Constraint[]::new));
        return result;
    }

    private static boolean covers(BitSet superset, BitSet subset) {
        BitSet missing = (BitSet) subset.clone();
        missing.andNot(superset);
        return missing.isEmpty();
    }
}
