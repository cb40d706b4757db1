/** Reports: list, show, aggregate and reconcile each turn records into a neutral {@link amity.report.Table}. */
package amity.report;
