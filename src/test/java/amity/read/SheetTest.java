package amity.read;

import amity.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Spreadsheets read cell by cell with where each cell is: the committed XLSX fixture holds the CSV's cells. */
class SheetTest {

    @Test
    void theXlsxFixtureHoldsTheCellsOfTheCsv() throws IOException {
        Sheet csv = read("twins.csv", Files.readAllBytes(XlsxFixture.CSV));
        Sheet xlsx = read("twins.xlsx", Files.readAllBytes(XlsxFixture.XLSX));
        assertThat(xlsx.rows().get(0).at("twins.xlsx", 4).file()).isEqualTo("twins.xlsx: sheet 1, cell E2");
        assertThat(xlsx.headers()).isEqualTo(csv.headers());
        assertThat(xlsx.rows()).hasSameSizeAs(csv.rows());
        for (int i = 0; i < csv.rows().size(); i++) {
            Sheet.Row c = csv.rows().get(i);
            Sheet.Row x = xlsx.rows().get(i);
            assertThat(x.number()).isEqualTo(c.number());
            for (int col = 0; col < csv.headers().size(); col++) {
                assertThat(x.cell(col)).as("row %d column %d", c.number(), col).isEqualTo(c.cell(col));
            }
        }
    }

    @Test
    void aBomIsSkippedAQuotedCellKeepsItsSeparatorAndColumnsCountCharacters() {
        Sheet s = read("a.csv", "\uFEFFname;country\n\"Ostrava; CZ\";Czechia\nKraków;Poland\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(s.headers()).isEqualTo(List.of("name", "country"));
        assertThat(s.rows().get(0).cells()).isEqualTo(List.of("Ostrava; CZ", "Czechia"));
        assertThat(s.rows().get(1).at("a.csv", 1).toString()).isEqualTo("a.csv:3:8");
    }

    @Test
    void aWorkbookThatIsNotOneIsAProblem() {
        Sheet.Read r = Sheet.read("x.xlsx", "name,country\n".getBytes(StandardCharsets.UTF_8), Optional.empty(),
                Optional.empty());
        assertThat(r.problems()).extracting(Problem::message)
                .containsExactly("the file is not an XLSX workbook; save it as .xlsx, or as CSV.");
    }

    @Test
    void aZipBombIsRefusedBeforeTheLibraryUnpacksIt() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bytes.size()).isLessThan(1 << 20);
        Sheet.Read r = Sheet.read("bomb.xlsx", bytes.toByteArray(), Optional.empty(), Optional.empty());
        assertThat(r.problems()).extracting(Problem::message).containsExactly(
                "the workbook unpacks to more than 256 MiB (a zip bomb?); save the sheet as CSV.");
    }

    @Test
    void cellReferencesBeyondExcelsGridAreNotCells() {
        assertThat(XlsxGuard.within("E2")).isTrue();
        assertThat(XlsxGuard.within("XFD1048576")).isTrue();
        assertThat(XlsxGuard.within("XFE1")).isFalse();
        assertThat(XlsxGuard.within("A1048577")).isFalse();
        assertThat(XlsxGuard.within("ZZZZZZ2")).isFalse();
        assertThat(Sheet.reference(4)).isEqualTo("E");
        assertThat(Sheet.reference(26)).isEqualTo("AA");
    }

    private static Sheet read(String name, byte[] bytes) {
        Sheet.Read r = Sheet.read(name, bytes, Optional.empty(), Optional.empty());
        assertThat(r.problems()).isEmpty();
        return r.sheet();
    }
}
