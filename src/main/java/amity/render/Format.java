package amity.render;

/**
 * The output formats of every query command; REPORT only for reconcile's findings (its default on a
 * terminal), SVG only for charts (reconcile --chart).
 */
public enum Format {
    TABLE, REPORT, CSV, TSV, JSON, JSONL, MARKDOWN, SVG
}
