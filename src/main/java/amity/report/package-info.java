/**
 * Reports own the logic: list, show, aggregate and reconcile each turn records into a neutral
 * {@link amity.report.Table} (filtering, ordering, default columns, sums and the summary of findings
 * are decided here, never in a command or a renderer).
 *
 * <p>Reconcile weighs figures against the records: each check implements {@code ReconcileCheck}
 * (name, one-line description, findings) and is listed once in {@code Reconciler.CHECKS}, which
 * {@code --check}, help, completion and the man page read. To add a reconcile check: one class and
 * one entry there, a unit test on a small sample written in the test, and a golden case under
 * {@code src/test/cases/reconcile/}. To add a report: a class that builds a {@code Table} from a
 * {@code Dataset}, called by a command. {@code Import} turns a spreadsheet's rows into records against
 * a data set (matched, merged, every problem located); {@code ImportReport} is its dry run's table.
 */
package amity.report;
