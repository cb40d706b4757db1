package amity.report.reconcile;

import amity.model.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * What every reconcile check of one run shares: the data set, the derivations of its figures' counts
 * rules (each made once however many checks ask for it), and the findings of the checks before it in
 * {@link Reconciler#CHECKS}, which a check that weighs verdicts together (readings) reads.
 */
public record ReconcileContext(Dataset data, Derivations derivations, List<Finding> earlier) {
    public static ReconcileContext of(Dataset data) {
        return new ReconcileContext(data, new Derivations(data), new ArrayList<>());
    }
}
