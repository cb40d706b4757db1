/**
 * The listings: {@code ListReport} ({@code list} and {@code filter}: the records a query keeps and
 * each type's default columns), {@code ShowReport} ({@code show}: one record, its statements and
 * what refers to it; {@code ShowRecord} for JSON) and {@code FieldList} ({@code fields}: what an
 * expression, {@code --fields}, {@code --sort} or {@code --by} may name).
 */
package amity.report.listing;
