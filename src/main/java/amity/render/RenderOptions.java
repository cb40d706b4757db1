package amity.render;

/**
 * How to write a table: format, header row, colour (already resolved), table width (0: unbounded),
 * chart width, no truncation, a UTF-8 BOM, the CSV delimiter, and whether the spreadsheet formula
 * guard is off.
 */
public record RenderOptions(Format format, boolean header, boolean color, int width, int chartWidth, boolean wide,
        boolean bom, char delimiter, boolean raw) {
    /** Plain options for a format: header, no colour, unbounded width, charts as in a pipe. */
    public static RenderOptions of(Format format) {
        return new RenderOptions(format, true, false, 0, TerminalInfo.PIPE_WIDTH, false, false,
                format.delimiter(), false);
    }

    /** Whether the output is a terminal: only then is a table width set. */
    public boolean toTerminal() {
        return width > 0;
    }
}
