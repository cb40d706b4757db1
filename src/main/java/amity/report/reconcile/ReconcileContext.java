package amity.report.reconcile;

import amity.model.Dataset;
import amity.solve.Budget;
import java.util.ArrayList;
import java.util.List;

/**
 * What every reconcile check of one run shares: the data set, the derivations of its figures' counts
 * rules (each made once however many checks ask for it), and the findings of the checks before it in
 * {@link Reconciler#CHECKS}, which a check that weighs verdicts together (readings) reads, and the
 * solver's work budget for each subject.
 */
public record ReconcileContext(Dataset data, Derivations derivations, List<Finding> earlier, Budget budget) {
    public static ReconcileContext of(Dataset data) {
        return of(data, Budget.DEFAULT);
    }

    public static ReconcileContext of(Dataset data, Budget budget) {
        return new ReconcileContext(data, new Derivations(data), new ArrayList<>(), budget);
    }
}
