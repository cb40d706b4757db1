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

    private static Sheet read(String name, byte[] bytes) {
        Sheet.Read r = Sheet.read(name, bytes, Optional.empty(), Optional.empty());
        assertThat(r.problems()).isEmpty();
        return r.sheet();
    }
}
