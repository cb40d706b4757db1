package amity.render;

/**
 * The output formats of every query command; REPORT only for reconcile's findings (its default on a
 * terminal), SVG only for charts (reconcile --chart).
 */
public enum Format {
    TABLE, REPORT, CSV, TSV, JSON, JSONL, MARKDOWN, SVG;

    /** Whether only reconcile writes it: every other command refuses it, and completion offers it there only. */
    public boolean reconcileOnly() {
        return this == REPORT || this == SVG;
    }
}
