package amity.report.reconcile;

import java.util.List;

/**
 * One reconcile check: its name (the --check value and every finding's {@code check}), a line saying
 * what it compares, and the findings it draws from a data set. Named apart from {@code amity.check.Check},
 * which validates data (a problem there is a data error, exit 65); this one weighs figures against the
 * records (a finding). Each check is one file, listed once in {@link Reconciler#CHECKS}.
 */
public interface ReconcileCheck {
    /** The name users type after --check: "figure". */
    String name();

    /** What the check compares, in one line, for --help and the man page. */
    String description();

    /** Every finding of this check; {@code context} holds what checks share (the derivations made once). */
    List<Finding> run(ReconcileContext context);
}
