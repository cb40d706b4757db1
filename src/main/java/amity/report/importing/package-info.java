/**
 * {@code amity import}: {@code Import} turns a spreadsheet's rows into records against a data set
 * (matched, merged, every problem located); {@code ImportReport} is its dry run's table.
 */
package amity.report.importing;
