package amity.cli;

import amity.render.Format;

/** The --format names: table, csv, tsv, json, jsonl, markdown, svg. */
final class FormatConverter extends LowerCaseNames<Format> {
    FormatConverter() {
        super(Format.class, "a format");
    }
}
