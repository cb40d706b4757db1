package amity.read;

import amity.model.Origin;
import amity.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A spreadsheet as `amity import` reads it: the header row's names and every row after it, each cell
 * with where it was written, so a problem points at FILE:ROW:COLUMN. CSV and TSV rows are lines
 * (a quoted cell may span several); an XLSX cell is named by its sheet and reference
 * ("twins.xlsx: sheet 1, cell E2") and shown with its value. A cell holding a control character (an
 * escape sequence that would reach a terminal, a NUL) is a problem: none is ever written into the data.
 */
public record Sheet(String file, List<String> headers, List<Row> rows) {

    /**
     * One row: its number (the line in a CSV file), the line as shown, each cell and the column it starts
     * at, and for a workbook the sheet it is on ("sheet 1"; "" in a CSV file).
     */
    public record Row(int number, String text, List<String> cells, List<Integer> columns, String sheet) {
        /** A row of a CSV or TSV file. */
        public Row(int number, String text, List<String> cells, List<Integer> columns) {
            this(number, text, cells, columns, "");
        }

        /** The cell under {@code header}'s index, "" past the end of a short row. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        /** Where a cell is, for messages; past the row's end, its end. */
        public Origin at(String file, int index) {
            if (!sheet.isEmpty()) {
                return new Origin(file + ": " + sheet + ", cell " + reference(index) + number, number, 0, cell(index));
            }
            int column = index < columns.size() ? columns.get(index) : text.codePointCount(0, text.length()) + 1;
            return new Origin(file, number, column, text);
        }
    }

    /** "E" for the fifth column. */
    static String reference(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
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
        // Only an XLSX file loads the XLSX library.
        Read r = lower.endsWith(".xlsx") ? XlsxSheet.read(name, bytes, sheet)
                : CsvSheet.read(name, bytes, lower.endsWith(".tsv") ? Optional.of('\t') : delimiter);
        List<Problem> problems = new java.util.ArrayList<>(r.problems());
        for (Row row : r.sheet().rows()) {
            for (int i = 0; i < row.cells().size(); i++) {
                String c = row.cells().get(i);
                int bad = c.codePoints().filter(cp -> Character.getType(cp) == Character.CONTROL && cp != '\t'
                        && cp != '\n' && cp != '\r').findFirst().orElse(-1);
                if (bad >= 0) {
                    problems.add(new Problem(row.at(name, i), Math.max(1, c.codePointCount(0, c.length())), String
                            .format("the cell holds a control character (U+%04X), which amity never writes into the "
                                    + "data; remove it from the sheet.", bad)));
                }
            }
        }
        return new Read(r.sheet(), List.copyOf(problems));
    }
}
