/**
 * Reports own the logic: list, show, aggregate and reconcile each turn records into a neutral
 * {@link amity.table.Table} (filtering, ordering, default columns, sums and the summary of findings
 * are decided here, never in a command or a renderer). One subpackage per report:
 * {@code reconcile}, {@code aggregate}, {@code listing} (list, filter, show, fields) and
 * {@code importing}. What several share lives here: {@code Query} (what every query command does to
 * the rows: keep those an expression holds for at --as-of, sort, limit, project), {@code AsOf} (whether a record existed on a
 * date) and {@code ProblemReport} ({@code check}'s problems as a table).
 *
 * <p>To add a report: a subpackage with a class that builds a {@code Table} from a {@code Dataset},
 * called by one command, and its place in {@code PackageDirectionTest.ORDER}.
 */
package amity.report;
