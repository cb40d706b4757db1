package amity.render;

/** The output formats of every query command; SVG only for charts (reconcile --chart). */
public enum Format {
    TABLE, CSV, TSV, JSON, JSONL, MARKDOWN, SVG
}
