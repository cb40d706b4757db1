package amity.read;

import amity.model.Origin;
import amity.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** XLSX through fastexcel-reader (streaming): one sheet, numbers as written (1994, not 1994.0). */
final class XlsxSheet {
    private XlsxSheet() {
    }

    static Sheet.Read read(String name, byte[] bytes, Optional<String> sheetName) {
        List<Problem> problems = new ArrayList<>();
        Origin file = new Origin(name, 0, 0, "");
        if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            problems.add(new Problem(file, 1, "the file is not an XLSX workbook; save it as .xlsx, or as CSV."));
            return new Sheet.Read(new Sheet(name, List.of(), List.of()), problems);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Optional<org.dhatim.fastexcel.reader.Sheet> sheet = sheetName.isPresent()
                    ? wb.findSheet(sheetName.get()) : Optional.of(wb.getFirstSheet());
            if (sheet.isEmpty()) {
                List<String> names = wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
                problems.add(new Problem(file, 1, "the workbook has no sheet '" + sheetName.get() + "'"
                        + amity.text.Nearest.hint(sheetName.get(), names, "; its sheets are " + String.join(", ", names)
                        + ".")));
                return new Sheet.Read(new Sheet(name, List.of(), List.of()), problems);
            }
            List<Sheet.Row> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.get().openStream()) {
                for (Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
                    Sheet.Row row = row(it.next());
                    if (!row.cells().stream().allMatch(String::isEmpty)) {
                        rows.add(row);
                    }
                }
            }
            if (rows.isEmpty()) {
                problems.add(new Problem(file, 1, "the sheet is empty; its first row names the columns."));
                return new Sheet.Read(new Sheet(name, List.of(), List.of()), problems);
            }
            return new Sheet.Read(new Sheet(name, rows.get(0).cells().stream().map(String::strip).toList(),
                    List.copyOf(rows.subList(1, rows.size()))), problems);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(file, 1, "could not read the workbook: " + e.getMessage() + "."));
            return new Sheet.Read(new Sheet(name, List.of(), List.of()), problems);
        }
    }

    /** A row's cells as texts, shown joined by ", " with each cell's column in that line. */
    private static Sheet.Row row(Row r) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < r.getCellCount(); i++) {
            cells.add(text(r.getCell(i)));
        }
        StringBuilder line = new StringBuilder();
        List<Integer> columns = new ArrayList<>();
        for (String c : cells) {
            if (line.length() > 0) {
                line.append(", ");
            }
            columns.add(line.codePointCount(0, line.length()) + 1);
            line.append(c);
        }
        return new Sheet.Row(r.getRowNum(), line.toString(), List.copyOf(cells), List.copyOf(columns));
    }

    private static String text(Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) {
            return "";
        }
        if (c.getType() == CellType.NUMBER) {
            BigDecimal n = c.asNumber();
            return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
        }
        return c.getText() == null ? "" : c.getText();
    }
}
