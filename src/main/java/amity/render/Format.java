package amity.render;

/** The output formats of every query command. */
public enum Format {
    TABLE, CSV, TSV, JSON, JSONL, MARKDOWN
}
