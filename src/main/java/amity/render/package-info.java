/**
 * Writers of a report's output: the terminal table, CSV, TSV, JSON, JSON Lines and Markdown of a
 * {@code Table}, the charts (bar chart, text timeline, SVG timeline) and reconcile's report view.
 * They know nothing of records: only columns, cells and render settings. {@code Format} is the one
 * registry of formats, each declaring what it can do (write tables; structured, flat or nested;
 * its separator; the report view; which charts it draws), and {@code Renderer} the one way out:
 * commands ask the format, never a list of their own. Dates are flattened for programs in one place
 * ({@code DateBounds}: NAME_earliest, NAME_latest), for csv, tsv, json and jsonl alike.
 *
 * <p>To add an output format: a {@code Format} constant with its capabilities, its writer in
 * {@code Renderer}'s switch (the {@code --format} values, completion and the man page follow), and
 * a golden case under {@code src/test/cases/format/}.
 */
package amity.render;
