/**
 * Every validation of a loaded data set: a data error here ends a command with exit 65. Only
 * structural errors live here (a duplicate id, a reference to no record, a part_of naming no
 * figure); whether figures agree, parts that cannot fit their total included, is reconcile's to say
 * ({@code amity.report.reconcile}).
 *
 * <p>To add a check: a class implementing {@code Check} that returns every problem it finds, each
 * with the {@code Origin} of the value at fault; one entry in {@code Checks}; a file under
 * {@code src/test/resources/broken/} and its golden case under {@code src/test/cases/broken/}.
 */
package amity.check;
