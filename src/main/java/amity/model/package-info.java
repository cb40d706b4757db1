/**
 * The records amity reads and reasons about, below every other package; no I/O.
 *
 * <p>{@code RecordType} is the closed list of record kinds (agreements, programs, figures, sources,
 * places, acknowledgements) over the sealed {@code Identified}; {@code Shape} declares each record's
 * fields once as typed {@code Key}s (their keys in the data files, kind, accessor, closed words,
 * meaning, whether required); {@code Dataset} holds one data set
 * with its id indexes. Values: {@code DateInterval} (every date is an interval; {@code UNKNOWN} when
 * not given), {@code Ending}, {@code Qualifier} and what it allows ({@code Allowed}: the one rule for
 * exact, about, more-than, at-least, less-than, at-most), three-valued {@code Truth}, and where a
 * value was written ({@code Origin}, {@code Spots}). Nothing here is null: a date not given is
 * {@code DateInterval.UNKNOWN}, an end not given {@code Ending.LASTS}, a text not given "", an
 * optional part (a figure's counts rule) an Optional.
 *
 * <p>To add a field: a component on the record and one typed {@code Key} line in its {@code Shape}
 * (name, kind, accessor, closed {@code Vocabulary}, meaning, required); the reader, the writer, the
 * generated snapshot codec, the data schema and the manual's field table take it from there, and tests
 * fail until the query catalog ({@code amity.query}) and the manual's YAML example show it. Copies with
 * a changed field go through withers ({@code Shape.with}), never a constructor by position. To add a record type: a record implementing
 * {@code Identified}, its {@code Shape}, a {@code RecordType} constant and its list in {@code Dataset}.
 */
package amity.model;
