/**
 * {@code amity reconcile}: weighs every figure against the records and the other sources.
 * {@code Reconciler} runs the checks, each a {@code ReconcileCheck} (name, one-line description,
 * findings) listed once in {@code Reconciler.CHECKS}, which {@code --check}, help, completion and the
 * man page read. A {@code Derivation} is a figure's counts rule evaluated on the records at a date
 * ({@code Derivations} caches them, {@code RuleIndex} narrows the rows a rule can match);
 * {@code JointProblem} hands the claims that need joint reasoning to {@code amity.solve}. Each
 * conclusion is a {@code Finding} with a {@code Status}; {@code ReconcileReport} makes them a table,
 * {@code Attention} the terminal report view, {@code Explain}, {@code JointExplain} and
 * {@code ImpliedReport} the {@code --explain} and {@code --implied} tables, {@code Timeline} the chart.
 *
 * <p>To add a reconcile check: one class implementing {@code ReconcileCheck} and one entry in
 * {@code Reconciler.CHECKS}, a unit test on a small sample written in the test, and a golden case
 * under {@code src/test/cases/reconcile/}.
 */
package amity.report.reconcile;
