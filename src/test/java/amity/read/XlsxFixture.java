package amity.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes src/test/resources/import/twins.xlsx, the committed XLSX fixture, from twins.csv (years as
 * numbers, the way a spreadsheet keeps them), with fastexcel (test scope). Run it again after
 * changing twins.csv; {@code SheetTest} holds the two files to the same cells.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=amity.read.XlsxFixture</pre>
 */
public final class XlsxFixture {
    static final Path CSV = Path.of("src/test/resources/import/twins.csv");
    static final Path XLSX = Path.of("src/test/resources/import/twins.xlsx");

    private XlsxFixture() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(CSV);
        try (OutputStream out = Files.newOutputStream(XLSX)) {
            Workbook wb = new Workbook(out, "amity", "1.0");
            Worksheet first = wb.newWorksheet("twins");
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].matches("\\d+")) {
                        first.value(r, c, Integer.parseInt(cells[c]));
                    } else if (!cells[c].isEmpty()) {
                        first.value(r, c, cells[c]);
                    }
                }
            }
            Worksheet notes = wb.newWorksheet("notes");
            notes.value(0, 0, "a second sheet, for --sheet");
            wb.finish();
        }
    }
}
