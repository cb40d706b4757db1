package amity.table;

import amity.table.FieldType;
import java.util.Set;

/**
 * A column of a report table: its name (the header), the type of its values, and whether they are
 * free text (sentences, notes, quotes, names) that a narrow terminal table may shrink first. A
 * {@code RANGE} column holds {@code Value.Range} cells (or a {@code Value.Num}, or MISSING): the table
 * writes lo..hi, json {"lo", "hi"}, csv and tsv two columns NAME_lo and NAME_hi.
 */
public record Column(String name, FieldType type, boolean freeText) {
    /** The fields whose values are prose rather than ids, codes, numbers or dates. */
    static final Set<String> FREE_TEXT = Set.of("explanation", "notes", "quote", "name", "names", "title",
            "interpretation", "acknowledged", "meaning", "why", "aliases");

    /** A column named for a field: free text when the field is one of {@link #FREE_TEXT}. */
    public Column(String name, FieldType type) {
        this(name, type, (type == FieldType.TEXT || type == FieldType.LIST) && FREE_TEXT.contains(name));
    }

    /** Whether the column names its rows (an id or a finding's key): a table never cuts it. */
    public boolean identifies() {
        return name.equals("id") || name.equals("key");
    }
}
