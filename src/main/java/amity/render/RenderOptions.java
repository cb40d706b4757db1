package amity.render;

/**
 * How to write a table: format, header row, colour (already resolved), terminal width (0: unbounded),
 * no truncation, a UTF-8 BOM, the CSV delimiter, and whether the spreadsheet formula guard is off.
 */
public record RenderOptions(Format format, boolean header, boolean color, int width, boolean wide, boolean bom,
        char delimiter, boolean raw) {
    /** Plain options for a format: header, no colour, unbounded width. */
    public static RenderOptions of(Format format) {
        return new RenderOptions(format, true, false, 0, false, false, format == Format.TSV ? '\t' : ',', false);
    }
}
