package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.read.DataFile;
import amity.io.FolderLock;
import amity.read.RecordWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `amity import` writing files: the written file (compared whole with a committed expectation) passes
 * `amity check` with the data set, a second import changes nothing byte for byte, CSV, TSV and XLSX
 * give the same records, and --skip-unresolved writes the rest. The dry runs and errors are golden
 * cases under src/test/cases/import/.
 */
class ImportTest {
    static final String DIR = "src/test/resources/import/";
    static final String DATA = DIR + "data";

    @TempDir
    Path tmp;

    @Test
    void theWrittenFilePassesCheckAndASecondImportChangesNothing() throws IOException {
        String out = tmp.resolve("twins.yaml").toString();
        Run first = Run.of("import", DIR + "twins.csv", "--rules", DIR + "rules.yaml", "--data", DATA, "--output", out);
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo("imported " + DIR + "twins.csv into " + out + ": 1 new source, 4 new places, "
                + "3 new agreements, 3 rows merged, 0 rows updated, 0 rows already there, 0 rows skipped.\n");
        assertThat(first.status()).isZero();
        byte[] written = Files.readAllBytes(Path.of(out));
        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(Path.of(DIR + "expected/twins.yaml")));

        Run check = Run.of("check", "--data", DATA, "--data", out);
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).isEqualTo("ok: 2 files, 2 sources, 7 places, 4 agreements, 0 programs, 0 figures.\n");
        assertThat(check.status()).isZero();

        Run again = Run.of("import", DIR + "twins.csv", "--rules", DIR + "rules.yaml", "--data", DATA, "--output", out);
        assertThat(again.out()).contains(": 0 new sources, 0 new places, 0 new agreements, 0 rows merged, "
                + "0 rows updated, 6 rows already there, 0 rows skipped.");
        assertThat(again.status()).isZero();
        assertThat(Files.readAllBytes(Path.of(out))).isEqualTo(written);
    }

    @Test
    void aMergedAgreementKeepsEveryFieldTheKeeperAdded() throws IOException {
        Path out = tmp.resolve("twins.yaml");
        assertThat(Run.of("import", DIR + "twins.csv", "--rules", DIR + "rules.yaml", "--data", DATA, "--output",
                out.toString()).status()).isZero();
        String imported = Files.readString(out);
        String edited = imported.replace("""
                      - krakow
                    type: sister-city
                    level: municipal
                """, """
                      - krakow
                    type: sister-city
                    level: municipal
                    notes: Checked by hand.
                    certainty: uncertain
                """);
        assertThat(edited).isNotEqualTo(imported);
        Files.writeString(out, edited);
        Path sheet = tmp.resolve("more.csv");
        Files.writeString(sheet, "city1,country1,city2,country2,year\nOstrava,Czech Republic,Kraków,Poland,1995\n");

        Run merge = Run.of("import", sheet.toString(), "--rules", DIR + "rules.yaml", "--data", DATA, "--output",
                out.toString());
        // The same pair from the same source is the same row, its year corrected: an update of its date.
        assertThat(merge.out()).contains(": 0 new sources, 0 new places, 0 new agreements, 0 rows merged, 1 row updated,");
        assertThat(merge.status()).isZero();
        String after = Files.readString(out);
        // Only the date's value is rewritten: the keeper's fields stay where they were written.
        assertThat(after).contains("""
                    notes: Checked by hand.
                    certainty: uncertain
                """).contains("1995");
    }

    @Test
    void tsvAndXlsxGiveTheSameFileAsCsv() throws IOException {
        String csv = importInto("twins.csv", tmp.resolve("csv.yaml"));
        assertThat(importInto("twins.tsv", tmp.resolve("tsv.yaml"))).isEqualTo(csv);
        assertThat(importInto("twins.xlsx", tmp.resolve("xlsx.yaml"))).isEqualTo(csv);
        assertThat(importInto("twins-semicolon.csv", tmp.resolve("semicolon.yaml"))).isEqualTo(csv);
    }

    private static String importInto(String sheet, Path out) throws IOException {
        Run r = Run.of("import", DIR + sheet, "--rules", DIR + "rules.yaml", "--data", DATA, "--output", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        return Files.readString(out);
    }

    @Test
    void unresolvableRowsWriteNothingUnlessSkipped() throws IOException {
        Path out = tmp.resolve("bad.yaml");
        Run stopped = Run.of("import", DIR + "bad.csv", "--rules", DIR + "rules.yaml", "--data", DATA, "--output",
                out.toString());
        assertThat(stopped.status()).isEqualTo(ExitCode.DATA);
        assertThat(out).doesNotExist();

        Run skipped = Run.of("import", DIR + "bad.csv", "--rules", DIR + "rules.yaml", "--data", DATA, "--output",
                out.toString(), "--skip-unresolved");
        assertThat(skipped.status()).isZero();
        assertThat(skipped.err()).contains("bad.csv:4:13: 'Congo' could be CD").endsWith(
                "amity: skipped 4 rows that cannot be imported (--skip-unresolved).\n");
        assertThat(skipped.out()).contains("1 new agreement, 1 row merged, 0 rows updated, 0 rows already there, "
                + "4 rows skipped.");
        assertThat(Files.readString(out)).contains("id: ostrava-krakow").contains("agreement: lyon-birmingham")
                .doesNotContain("Brazzaville");
        assertThat(Run.of("check", "--data", DATA, "--data", out.toString()).status()).isZero();
    }

    @Test
    void aFileOfTheDataSetKeepsItsRecordsAndTakesTheAttestationsOfItsAgreements() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path records = data.resolve("records.yaml");
        Files.copy(Path.of(DATA, "records.yaml"), records);
        Run r = Run.of("import", DIR + "twins.csv", "--rules", DIR + "rules.yaml", "--data", data.toString(),
                "--output", records.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String written = Files.readString(records);
        assertThat(written).contains("quote: \"Lyon, France – Birmingham, England\"").contains("attestations:");
        assertKeepsEveryLine(Files.readString(Path.of(DATA, "records.yaml")), written);
        assertThat(Run.of("check", "--data", data.toString()).status()).isZero();
        Run again = Run.of("import", DIR + "twins.csv", "--rules", DIR + "rules.yaml", "--data", data.toString(),
                "--output", records.toString());
        assertThat(again.out()).contains("6 rows already there");
        assertThat(Files.readString(records)).isEqualTo(written);
    }

    @Test
    void aFolderThatDoesNotExistYetIsAnEmptyDataSet() throws IOException {
        Path data = tmp.resolve("new-data");
        Path out = data.resolve("twins.yaml");
        Run r = Run.of("import", DIR + "twins.csv", "--rules", DIR + "rules.yaml", "--data", data.toString(),
                "--output", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 new source, 7 new places, 4 new agreements, 2 rows merged");
        Run check = Run.of("check", "--data", data.toString());
        assertThat(check.out()).isEqualTo("ok: 1 file, 1 source, 7 places, 4 agreements, 0 programs, 0 figures.\n");
    }

    @Test
    void aFileWrittenByHandKeepsEveryByteItsCommentsAndAChangedRowUpdatesItsStatement() throws IOException {
        Path out = tmp.resolve("mine.yaml");
        String mine = "# my own notes: keep them\n"
                + "places:   # cities I care about\n"
                + "- {id: praia, name: Praia, country: CV, level: city}\n"
                + "\n"
                + "# the rest comes from the sheet\n";
        Files.writeString(out, mine);
        Run first = Run.of("import", DIR + "twins.csv", "--rules", DIR + "rules.yaml", "--data", DATA, "--output",
                out.toString());
        assertThat(first.status()).as(first.err()).isZero();
        String written = Files.readString(out);
        assertKeepsEveryLine(mine, written);
        assertThat(written).startsWith("# my own notes: keep them\nplaces:   # cities I care about\n"
                + "- {id: praia, name: Praia, country: CV, level: city}\n- id: ostrava\n");
        assertThat(Run.of("check", "--data", DATA, "--data", out.toString()).status()).isZero();

        // 1994 corrected to 1995 in the sheet: the statement import wrote for that row says so, nothing else moves.
        Path sheet = tmp.resolve("twins.csv");
        Files.writeString(sheet, Files.readString(Path.of(DIR, "twins.csv")).replace("Kraków,Poland,1994",
                "Kraków,Poland,1995"));
        Run dry = Run.of("import", sheet.toString(), "--rules", DIR + "rules.yaml", "--data", DATA, "--output",
                out.toString(), "--dry-run", "--format", "tsv");
        assertThat(dry.out()).contains("updated\tostrava-krakow\t4\tdate 1994 → 1995\n");
        assertThat(Files.readString(out)).isEqualTo(written);
        Run second = Run.of("import", sheet.toString(), "--rules", DIR + "rules.yaml", "--data", DATA, "--output",
                out.toString());
        assertThat(second.out()).contains("0 rows merged, 1 row updated, 5 rows already there");
        assertThat(Files.readString(out)).isEqualTo(written.replaceFirst("date: \"1994\"\n(\\s+)quote: \"Ostrava",
                "date: \"1995\"\n$1quote: \"Ostrava"));
        Run third = Run.of("import", sheet.toString(), "--rules", DIR + "rules.yaml", "--data", DATA, "--output",
                out.toString());
        assertThat(third.out()).contains("0 rows updated, 6 rows already there");
    }

    @Test
    void aSymlinkIsWrittenThroughAndLeftoversOfAKilledRunAreRemoved() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real")).resolve("twins.yaml");
        Path link = tmp.resolve("link.yaml");
        Files.createSymbolicLink(link, real);
        Path leftover = real.resolveSibling(".twins.yaml.4k2j9.tmp");
        Files.writeString(leftover, "half a file");
        Run r = Run.of("import", DIR + "twins.csv", "--rules", DIR + "rules.yaml", "--data", DATA, "--output",
                link.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("id: ostrava-krakow");
        assertThat(leftover).doesNotExist();
        try (Stream<Path> files = Files.list(real.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("twins.yaml", ".amity.lock");
        }
    }

    @Test
    void aNewFileHonoursTheUmaskAndASecondImportDoesNotRunWhileTheLockIsHeld() throws IOException {
        Path out = tmp.resolve("new.yaml");
        Run r = Run.of("import", DIR + "twins.csv", "--rules", DIR + "rules.yaml", "--data", DATA, "--output",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        // A file created as a shell's redirection creates one (rw-rw-rw- less the umask).
        Path made = tmp.resolve("made");
        Files.newOutputStream(made).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));

        try (FolderLock held = FolderLock.take(List.of(tmp), new PrintWriter(Writer.nullWriter()))) {
            Run blocked = Run.of("import", DIR + "twins.tsv", "--rules", DIR + "rules.yaml", "--data", DATA,
                    "--output", out.toString());
            assertThat(blocked.status()).isEqualTo(ExitCode.OUTPUT);
            assertThat(blocked.err()).isEqualTo("amity: " + tmp + " is being imported into by this same program; "
                    + "run one import at a time.\n");
        }
    }

    @Test
    void everyFieldOfEveryRecordTypeSetByHandSurvivesAnImport() throws IOException {
        Path out = tmp.resolve("mine.yaml");
        Files.copy(Path.of(DIR, "every-field.yaml"), out);
        String before = Files.readString(out);
        Run r = Run.of("import", DIR + "twins.csv", "--rules", DIR + "rules.yaml", "--data",
                tmp.resolve("none").toString(), "--output", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String written = Files.readString(out);
        assertKeepsEveryLine(before, written);
        DataFile was = DataFile.read("mine.yaml", before.getBytes(StandardCharsets.UTF_8)).file();
        DataFile now = DataFile.read("mine.yaml", written.getBytes(StandardCharsets.UTF_8)).file();
        assertThat(now.places()).hasSizeGreaterThan(was.places().size());
        assertThat(now.agreements()).hasSizeGreaterThan(was.agreements().size());
        DataFile kept = new DataFile(now.sources().subList(0, was.sources().size()),
                now.places().subList(0, was.places().size()), now.agreements().subList(0, was.agreements().size()),
                now.attestations().subList(0, was.attestations().size()), now.programs(), now.figures(),
                now.acknowledgements());
        assertThat(text(kept)).isEqualTo(text(was));
        assertThat(text(was)).contains("certainty: uncertain").contains("parts_complete: true").contains("capital: true");
    }

    /** The records as the record writer writes them: every field, no positions. */
    private static String text(DataFile f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordWriter.write(f, "", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every line of {@code before} is in {@code after}, in the same order: import only inserts. */
    static void assertKeepsEveryLine(String before, String after) {
        List<String> a = after.lines().toList();
        int at = 0;
        for (String line : before.lines().toList()) {
            while (at < a.size() && !a.get(at).equals(line)) {
                at++;
            }
            assertThat(at).as("the line '%s' is kept, in its place", line).isLessThan(a.size());
            at++;
        }
    }
}
