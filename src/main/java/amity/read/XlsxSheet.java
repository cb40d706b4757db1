package amity.read;

import amity.model.Origin;
import amity.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * XLSX through fastexcel-reader (streaming), after {@link XlsxGuard} has looked the workbook over:
 * one sheet, each cell as the text a person sees: numbers as written (1994, not 1994.0), a date cell
 * as its EDTF date (1979-03-14), a boolean as true or false. Problems name the cell:
 * "twins.xlsx: sheet 1, cell E2".
 */
final class XlsxSheet {
    /** A number as a workbook stores it; an exponent past this many digits is no number of a sheet of agreements. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,30}(\\.\\d{0,30})?|\\.\\d{1,30})([eE][-+]?\\d{1,3})?");
    /** The built-in number formats that show dates (ECMA-376 18.8.30). */
    private static final List<Integer> DATE_FORMATS = List.of(14, 15, 16, 17, 22, 27, 30, 36, 50, 57);

    private XlsxSheet() {
    }

    static Sheet.Read read(String name, byte[] bytes, Optional<String> sheetName) {
        List<Problem> problems = new ArrayList<>();
        Origin file = new Origin(name, 0, 0, "");
        if (bytes.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            problems.add(new Problem(file, 1, bytes.length == 0 ? "the file is empty; save the workbook again as "
                    + ".xlsx, or as CSV." : "the file is not an XLSX workbook; save it as .xlsx, or as CSV."));
            return empty(name, problems);
        }
        Optional<String> refused = XlsxGuard.refuse(bytes);
        if (refused.isPresent()) {
            problems.add(new Problem(file, 1, refused.get()));
            return empty(name, problems);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, true))) {
            List<org.dhatim.fastexcel.reader.Sheet> all = wb.getSheets().toList();
            Optional<org.dhatim.fastexcel.reader.Sheet> sheet = sheetName.isPresent()
                    ? wb.findSheet(sheetName.get()) : all.stream().findFirst();
            if (sheet.isEmpty()) {
                List<String> names = all.stream().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
                problems.add(new Problem(file, 1, sheetName.isEmpty() ? "the workbook has no sheets." : "the workbook "
                        + "has no sheet '" + sheetName.get() + "'" + amity.text.Nearest.hint(sheetName.get(), names,
                        "; its sheets are " + String.join(", ", names) + ".")));
                return empty(name, problems);
            }
            String label = "sheet " + (all.indexOf(sheet.get()) + 1);
            List<Sheet.Row> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.get().openStream()) {
                for (Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
                    Sheet.Row row = row(it.next(), name, label, wb.isDate1904(), problems);
                    if (!row.cells().stream().allMatch(String::isEmpty)) {
                        rows.add(row);
                    }
                }
            }
            if (rows.isEmpty()) {
                problems.add(new Problem(file, 1, "the sheet is empty; its first row names the columns."));
                return empty(name, problems);
            }
            return new Sheet.Read(new Sheet(name, rows.get(0).cells().stream().map(String::strip).toList(),
                    List.copyOf(rows.subList(1, rows.size()))), problems);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(file, 1, "could not read the workbook: " + e.getMessage() + "."));
            return empty(name, problems);
        }
    }

    private static Sheet.Read empty(String name, List<Problem> problems) {
        return new Sheet.Read(new Sheet(name, List.of(), List.of()), problems);
    }

    /** A row's cells as texts; each cell's column (1 for A) is where messages point. */
    private static Sheet.Row row(Row r, String name, String label, boolean from1904, List<Problem> problems) {
        List<String> cells = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < r.getCellCount(); i++) {
            Cell c = r.getCell(i);
            columns.add(i + 1);
            cells.add(c == null ? "" : text(c, from1904, problems, name, label));
        }
        return new Sheet.Row(r.getRowNum(), "", List.copyOf(cells), List.copyOf(columns), label);
    }

    private static String text(Cell c, boolean from1904, List<Problem> problems, String name, String label) {
        CellType type = c.getType();
        String raw = c.getRawValue() == null ? "" : c.getRawValue();
        Origin at = new Origin(name + ": " + label + ", cell " + c.getAddress(), c.getAddress().getRow() + 1, 0, raw);
        switch (type) {
            case EMPTY:
                return "";
            case BOOLEAN:
                return raw.equals("1") || raw.equalsIgnoreCase("true") ? "true" : "false";
            case ERROR:
                problems.add(new Problem(at, Math.max(1, raw.length()), "the cell holds the error " + raw
                        + "; put a value in it, or empty it."));
                return "";
            case NUMBER:
                if (!NUMBER.matcher(raw).matches()) {
                    problems.add(new Problem(at, Math.max(1, raw.length()), "the cell holds a number amity cannot "
                            + "show as text; write it as text or as a plain number."));
                    return "";
                }
                BigDecimal n = new BigDecimal(raw);
                if (date(c)) {
                    return day(n, from1904, at, problems);
                }
                BigDecimal plain = n.stripTrailingZeros();
                return plain.scale() <= 0 ? plain.toBigInteger().toString() : plain.toPlainString();
            default:
                return c.getText() == null ? raw : c.getText();
        }
    }

    /** Whether the cell's number format shows a date (a built-in date format, or one with day, month or year). */
    private static boolean date(Cell c) {
        Integer id = c.getDataFormatId();
        if (id != null && DATE_FORMATS.contains(id)) {
            return true;
        }
        String f = c.getDataFormatString();
        if (f == null) {
            return false;
        }
        // Quoted text, [colours] and escaped characters are not date parts.
        String parts = f.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(java.util.Locale.ROOT);
        return parts.matches(".*[dy].*") || parts.matches(".*m.*") && !parts.matches(".*[hs0#].*");
    }

    /** A date serial as its EDTF day: 28928 is 1979-03-14 (days since 1899-12-30, or since 1904-01-01). */
    private static String day(BigDecimal serial, boolean from1904, Origin at, List<Problem> problems) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            problems.add(new Problem(at, Math.max(1, at.lineText().length()), "the date cell holds " + serial
                    .toPlainString() + ", which is no day between 1900 and 9999."));
            return "";
        }
        LocalDate start = from1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
        return start.plusDays(serial.longValue()).toString();
    }
}
