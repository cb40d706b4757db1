package amity.query;

import amity.table.Value;

/** One record as the query language sees it: a value for every field of its catalog. */
public interface Row {
    /** The value of {@code field} (a name from the catalog, dotted names included); MISSING when absent. */
    Value get(String field);

    /** The record's id, used to break ties so output is deterministic. */
    String id();
}
