/**
 * Writers of a report's table: the terminal table, CSV, TSV, JSON, JSON Lines and Markdown
 * ({@code Format}, {@code Renderer}), and the charts (bar chart, timeline, SVG). They know nothing
 * of records: only columns, cells and render settings.
 *
 * <p>To add an output format: a writer of a {@code Table}, a {@code Format} constant that names it
 * (the {@code --format} values, completion and the man page follow), and a golden case under
 * {@code src/test/cases/format/}.
 */
package amity.render;
