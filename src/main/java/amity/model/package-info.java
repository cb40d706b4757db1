/**
 * The record types amity reads and reasons about, and dates as intervals; no I/O. {@link amity.model.RecordType}
 * is the closed set of record types, {@link amity.model.Shape} declares each record's fields once.
 * Nothing here is null: a date not given is {@code DateInterval.UNKNOWN}, an end not given
 * {@code Ending.LASTS}, a text not given "", an optional part (a figure's counts rule) an Optional.
 */
package amity.model;
