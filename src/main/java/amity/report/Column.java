package amity.report;

import amity.query.FieldType;

/** A column of a report table: its name (the header) and the type of its values. */
public record Column(String name, FieldType type) {
}
