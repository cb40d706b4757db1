/**
 * The neutral table every report builds and every renderer writes: a {@code Table} of typed
 * {@code Column}s and rows of {@code Value}s, each row with its {@code Tone}. {@code Value} is also
 * what the query language evaluates ({@code FieldType} says how it compares and how formats write it),
 * so it sits below {@code amity.query}. Knows dates ({@code amity.model.DateInterval}) and nothing else
 * of records.
 */
package amity.table;
