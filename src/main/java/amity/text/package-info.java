/**
 * Text as a terminal shows it, below every other package so each can use it: display width (JLine's
 * wcwidth), escaping of control and invisible characters (the same in tables, messages and excerpts),
 * and "did you mean" suggestions. No I/O, no knowledge of records.
 */
package amity.text;
