package amity.model;

/**
 * How a figure is derived from the records: which record type, from whose side ({@code of}, a place id
 * or ""), which records (a query expression, "" for all), and what is counted ({@code distinct}: a field
 * whose distinct values are counted, or "" to count records).
 */
public record Counts(String type, String of, String where, String distinct) {
    // Written out, not generated: a record's generated methods are bootstrapped through method handles
    // on first use, several ms of every reconcile's start-up. toString is the generated one's format,
    // which finding digests (and so the acknowledgements in data files) are made from.

    @Override
    public String toString() {
        return "Counts[type=" + type + ", of=" + of + ", where=" + where + ", distinct=" + distinct + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counts c && java.util.Objects.equals(type, c.type) && java.util.Objects.equals(of, c.of)
                && java.util.Objects.equals(where, c.where) && java.util.Objects.equals(distinct, c.distinct);
    }

    @Override
    public int hashCode() {
        // The generated one's formula, so hash order is what it was.
        int h = java.util.Objects.hashCode(type);
        h = h * 31 + java.util.Objects.hashCode(of);
        h = h * 31 + java.util.Objects.hashCode(where);
        return h * 31 + java.util.Objects.hashCode(distinct);
    }
}
