package amity.model;

/** Where a value was written: file, 1-based line and column, and the text of that line. */
public record Origin(String file, int line, int column, String lineText) {
    public static final Origin NOWHERE = new Origin("", 0, 0, "");

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
