package amity.report;

import amity.model.Dataset;

/**
 * What every reconcile check of one run shares: the data set and the derivations of its figures'
 * counts rules, each made once however many checks ask for it.
 */
public record ReconcileContext(Dataset data, Derivations derivations) {
    public static ReconcileContext of(Dataset data) {
        return new ReconcileContext(data, new Derivations(data));
    }
}
