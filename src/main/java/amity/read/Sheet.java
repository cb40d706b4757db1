package amity.read;

import amity.model.Origin;
import amity.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A spreadsheet as `amity import` reads it: the header row's names and every row after it, each cell
 * with where it was written, so a problem points at FILE:ROW:COLUMN. CSV and TSV rows are lines
 * (a quoted cell may span several); an XLSX row is shown as its cells joined by commas.
 */
public record Sheet(String file, List<String> headers, List<Row> rows) {

    /** One row: its number (the line in a CSV file), the line as shown, each cell and the column it starts at. */
    public record Row(int number, String text, List<String> cells, List<Integer> columns) {
        /** The cell under {@code header}'s index, "" past the end of a short row. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        /** Where a cell is, for messages; past the row's end, its end. */
        public Origin at(String file, int index) {
            int column = index < columns.size() ? columns.get(index) : text.codePointCount(0, text.length()) + 1;
            return new Origin(file, number, column, text);
        }
    }

    /** What was read, with every problem of the file (an encoding, a malformed row). */
    public record Read(Sheet sheet, List<Problem> problems) {
    }

    /** The spreadsheet formats, by file name ending. */
    public static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".xlsx");

    /**
     * Reads a CSV (delimiter sniffed from the header, unless given), TSV or XLSX file (the first
     * sheet, unless named). {@code name} is how messages name the file.
     */
    public static Read read(String name, byte[] bytes, Optional<Character> delimiter, Optional<String> sheet) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            // Only an import of an XLSX file loads the XLSX library.
            return XlsxSheet.read(name, bytes, sheet);
        }
        return CsvSheet.read(name, bytes, lower.endsWith(".tsv") ? Optional.of('\t') : delimiter);
    }
}
