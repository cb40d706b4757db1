package amity.report;

import amity.query.FieldType;

/**
 * A column of a report table: its name (the header) and the type of its values. A {@code RANGE}
 * column holds {@code Value.Range} cells (or a {@code Value.Num}, or MISSING): the table writes
 * lo..hi, json {"lo", "hi"}, csv and tsv two columns NAME_lo and NAME_hi.
 */
public record Column(String name, FieldType type) {
}
