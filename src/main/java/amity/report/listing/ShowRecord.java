package amity.report.listing;

import amity.table.Table;
import java.util.List;

/**
 * One record as `show --format json` writes it: its fields as a one-row table typed as `list` types
 * them, then its parts, each under its name: statements as rows of objects (a one-row table written as
 * an object when {@code single}), and what refers to it as ids. A part named like a field (a place's
 * {@code agreements}, which `list` gives as a count) takes that field's place: the count is its length.
 */
public record ShowRecord(Table fields, List<Part> parts) {

    /** One part of the record: named objects or ids. */
    public sealed interface Part {
        String name();
    }

    /** Statements of the record (attestations, predecessors, editions): one object per row. */
    public record Objects(String name, Table rows, boolean single) implements Part {
    }

    /** The ids of the records that refer to it, in data order. */
    public record Ids(String name, List<String> ids) implements Part {
    }
}
