package amity.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import amity.model.DateInterval;
import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTest {
    static final Table TRICKY = new Table(
            List.of(new Column("name", FieldType.TEXT), new Column("n", FieldType.NUMBER),
                    new Column("signed", FieldType.DATE), new Column("tags", FieldType.LIST),
                    new Column("count", FieldType.RANGE)),
            List.of(row(Tone.GOOD, "東京都", 1, "199X", List.of("a", "b"), 1, 2),
                    row(Tone.BAD, "Ko\u0308ln", 22, "../1989", List.of(), 3, 3),
                    row(Tone.NORMAL, "\u001b[31mred", -5, "1979-03-14", List.of("=x"), 0, 0),
                    row(Tone.NORMAL, "=1+2", 0, "2000", List.of(), 0, 1),
                    row(Tone.NORMAL, "a, \"quoted\"\nline", 7, "2001-02", List.of("x;y"), 4, 4)),
            List.of("a note"));

    static Table.TableRow row(Tone tone, String name, long n, String date, List<String> tags, long lo, long hi) {
        return new Table.TableRow(List.of(Value.text(name), Value.num(n), Value.date(DateInterval.of(date)),
                Value.texts(tags), new Value.Range(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi))), tone);
    }

    static String[] render(Table t, RenderOptions o) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Renderer.render(t, o, new PrintWriter(out), new PrintWriter(err));
        return new String[] {out.toString(), err.toString()};
    }

    static RenderOptions opts(Format f) {
        return RenderOptions.of(f);
    }

    static RenderOptions width(int columns) {
        return new RenderOptions(Format.TABLE, true, false, columns, columns, false, false, ',', false);
    }

    static final Table RECORDS = new Table(
            List.of(new Column("id", FieldType.TEXT), new Column("publisher", FieldType.TEXT),
                    new Column("attestations", FieldType.NUMBER), new Column("notes", FieldType.TEXT)),
            List.of(new Table.TableRow(List.of(Value.text("beijing-brussels-capital-region"),
                    Value.text("People's Daily Online"), Value.num(12),
                    Value.text("Signed in Brussels by both mayors; the region, not the city, is the party.")),
                    Tone.NORMAL)),
            List.of());

    @Test
    void aNarrowTableKeepsIdsWholeCutsHeadersToTheirValuesAndWrapsTheLastFreeTextColumn() {
        String[] r = render(RECORDS, width(80));
        assertThat(r[0]).isEqualTo(""
                + "id                               publisher              atte…  notes\n"
                + "───────────────────────────────  ─────────────────────  ─────  ─────────────────\n"
                + "beijing-brussels-capital-region  People's Daily Online     12  Signed in\n"
                + "                                                               Brussels by both\n"
                + "                                                               mayors; the\n"
                + "                                                               region, not the\n"
                + "                                                               city, is the\n"
                + "                                                               party.\n");
        assertThat(r[0].lines()).allSatisfy(l -> assertThat(amity.text.Width.of(l)).isLessThanOrEqualTo(80));
    }

    @Test
    void freeTextShrinksBeforeOtherTextAndIdsNeverDo() throws Exception {
        Table t = RECORDS.project(java.util.List.of("id", "notes", "publisher"));
        String[] r = render(t, width(60));
        assertThat(r[0].lines().toList()).startsWith(
                "id                               notes             publisher",
                "───────────────────────────────  ────────────────  ─────────",
                "beijing-brussels-capital-region  Signed in Bruss…  People's…");
        String[] narrow = render(t, width(20));
        assertThat(narrow[0].lines().toList().get(2)).startsWith("beijing-brussels-capital-region  ");
    }

    @Test
    void aTableThatFitsIsAsWideAsItsHeaders() {
        String[] r = render(RECORDS, width(200));
        assertThat(r[0].lines().toList().get(0)).contains("attestations");
    }

    @Test
    void tableAlignsByDisplayWidthAndEscapesControlCharacters() {
        String[] r = render(TRICKY, opts(Format.TABLE));
        assertThat(r[0]).isEqualTo(""
                + "name                n  signed      tags  count\n"
                + "─────────────────  ──  ──────────  ────  ─────\n"
                + "東京都              1  199X        a, b   1..2\n"
                + "Ko\u0308ln               22  ../1989               3\n"
                + "\\x1b[31mred        -5  1979-03-14  =x        0\n"
                + "=1+2                0  2000               0..1\n"
                + "a, \"quoted\"\\nline   7  2001-02     x;y       4\n"
                + "\n"
                + "a note\n");
        assertThat(r[1]).isEmpty();
    }

    @Test
    void tableTruncatesToTheTerminalWidthWithAnEllipsisOnlyWhenAsked() {
        RenderOptions narrow = new RenderOptions(Format.TABLE, true, false, 40, 80, false, false, ',', false);
        String out = render(TRICKY, narrow)[0];
        assertThat(out.lines().limit(7)).allSatisfy(l -> assertThat(amity.text.Width.of(l)).isLessThanOrEqualTo(40));
        assertThat(out).contains("a, \"quoted…   7");
        RenderOptions wide = new RenderOptions(Format.TABLE, true, false, 40, 80, true, false, ',', false);
        assertThat(render(TRICKY, wide)[0]).isEqualTo(render(TRICKY, opts(Format.TABLE))[0]);
    }

    @Test
    void colourFollowsToneOnlyWhenOn() {
        RenderOptions color = new RenderOptions(Format.TABLE, true, true, 0, 80, false, false, ',', false);
        String out = render(TRICKY, color)[0];
        assertThat(out).contains("\u001b[1mname").contains("\u001b[32m東京都").contains("\u001b[31mKo\u0308ln");
        assertThat(render(TRICKY, opts(Format.TABLE))[0]).doesNotContain("\u001b[");
    }

    @Test
    void csvQuotesByRfc4180GuardsFormulasAndSplitsDatesAndRanges() {
        String[] r = render(TRICKY, opts(Format.CSV));
        assertThat(r[0]).isEqualTo(""
                + "name,n,signed,signed_earliest,signed_latest,tags,count_lo,count_hi\n"
                + "東京都,1,199X,1990-01-01,1999-12-31,a; b,1,2\n"
                + "Ko\u0308ln,22,../1989,,1989-12-31,,3,3\n"
                + "\u001b[31mred,-5,1979-03-14,1979-03-14,1979-03-14,'=x,0,0\n"
                + "'=1+2,0,2000,2000-01-01,2000-12-31,,0,1\n"
                + "\"a, \"\"quoted\"\"\nline\",7,2001-02,2001-02-01,2001-02-28,x;y,4,4\n");
        assertThat(r[1]).isEqualTo("amity: note: a note\n");
    }

    @Test
    void csvParsesBackToTheSameCells() throws Exception {
        RenderOptions raw = new RenderOptions(Format.CSV, true, false, 0, 80, false, false, ',', true);
        String csv = render(TRICKY, raw)[0];
        List<List<String>> cells = parseCsv(csv);
        assertThat(cells).hasSize(6);
        assertThat(cells.get(5).get(0)).isEqualTo("a, \"quoted\"\nline");
        assertThat(cells.get(4).get(0)).isEqualTo("=1+2");
        assertThat(cells.get(3).get(0)).isEqualTo("\u001b[31mred");
    }

    static List<List<String>> parseCsv(String csv) throws Exception {
        CsvMapper m = new CsvMapper();
        m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (var it = m.readerFor(List.class).<List<String>>readValues(csv)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    @Test
    void pythonsCsvModuleReadsTheSameCells(@TempDir Path dir) throws Exception {
        assumeThat(onPath("python3")).isTrue();
        RenderOptions raw = new RenderOptions(Format.CSV, true, false, 0, 80, false, false, ',', true);
        String csv = render(TRICKY, raw)[0];
        String json = pipe(dir, csv, "python3", "-c",
                "import csv,sys,json; sys.stdout.write(json.dumps(list(csv.reader(sys.stdin)), ensure_ascii=False))");
        List<?> fromPython = new ObjectMapper().readValue(json, List.class);
        assertThat(fromPython).isEqualTo(parseCsv(csv));
    }

    @Test
    void jsonRoundTripsThroughJacksonAndJq(@TempDir Path dir) throws Exception {
        String json = render(TRICKY, opts(Format.JSON))[0];
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree).hasSize(5);
        assertThat(tree.get(0).get("name").asText()).isEqualTo("東京都");
        assertThat(tree.get(0).get("signed_earliest").asText()).isEqualTo("1990-01-01");
        assertThat(tree.get(1).get("signed_earliest").isNull()).isTrue();
        assertThat(tree.get(0).get("count").get("hi").asInt()).isEqualTo(2);
        assertThat(tree.get(0).get("tags").size()).isEqualTo(2);
        assertThat(json).contains("\"東京都\"");
        if (onPath("jq")) {
            assertThat(pipe(dir, json, "jq", "-c", ".[4].name").strip()).isEqualTo("\"a, \\\"quoted\\\"\\nline\"");
        }
        String lines = render(TRICKY, opts(Format.JSONL))[0];
        assertThat(lines.lines()).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("{\"name\":"));
    }

    @Test
    void markdownEscapesPipesAndNewlines() {
        Table t = new Table(List.of(new Column("a", FieldType.TEXT), new Column("n", FieldType.NUMBER)),
                List.of(new Table.TableRow(List.of(Value.text("x|y\nz"), Value.num(3)), Tone.NORMAL)), List.of());
        assertThat(render(t, opts(Format.MARKDOWN))[0]).isEqualTo("| a | n |\n| --- | ---: |\n| x\\|y<br>z | 3 |\n");
    }

    @Test
    void markdownEscapesEveryCharacterMarkdownOrHtmlActsOn() {
        Table t = new Table(List.of(new Column("a_b", FieldType.TEXT)), List.of(new Table.TableRow(
                List.of(Value.text("\\ * _ ` [ ] < > | & x\r\ny")), Tone.NORMAL)), List.of());
        assertThat(render(t, opts(Format.MARKDOWN))[0]).isEqualTo("| a\\_b |\n| --- |\n"
                + "| \\\\ \\* \\_ \\` \\[ \\] \\< \\> \\| \\& x<br>y |\n");
    }

    @Test
    void tsvIsNeverQuotedAndEscapesTabNewlineCrAndBackslash() {
        Table t = new Table(List.of(new Column("a", FieldType.TEXT), new Column("r", FieldType.RANGE)),
                List.of(new Table.TableRow(List.of(Value.text("x\ty\nz\rw\\v \"q\", c"),
                        new Value.Range(java.math.BigDecimal.ONE, java.math.BigDecimal.TEN)), Tone.NORMAL)),
                List.of());
        assertThat(render(t, opts(Format.TSV))[0]).isEqualTo("a\tr_lo\tr_hi\n"
                + "x\\ty\\nz\\rw\\\\v \"q\", c\t1\t10\n");
    }

    @Test
    void aRangeIsLoHiInTablesAndAnObjectInJson() {
        Table t = new Table(List.of(new Column("count", FieldType.RANGE)), List.of(
                new Table.TableRow(List.of(new Value.Range(java.math.BigDecimal.ONE, java.math.BigDecimal.TEN)),
                        Tone.NORMAL), new Table.TableRow(List.of(Value.MISSING), Tone.NORMAL)), List.of());
        assertThat(render(t, opts(Format.TABLE))[0]).isEqualTo("count\n─────\n1..10\n     \n");
        assertThat(render(t, opts(Format.JSONL))[0]).isEqualTo("{\"count\":{\"lo\":1,\"hi\":10}}\n"
                + "{\"count\":null}\n");
        assertThat(render(t, opts(Format.CSV))[0]).isEqualTo("count_lo,count_hi\n1,10\n,\n");
    }

    @Test
    void colourIsDecidedByTerminalNoColorAndTerm() {
        assertThat(ColorChoice.AUTO.resolve(Map.of(), true)).isTrue();
        assertThat(ColorChoice.AUTO.resolve(Map.of(), false)).isFalse();
        assertThat(ColorChoice.AUTO.resolve(Map.of("NO_COLOR", "1"), true)).isFalse();
        assertThat(ColorChoice.AUTO.resolve(Map.of("TERM", "dumb"), true)).isFalse();
        assertThat(ColorChoice.ALWAYS.resolve(Map.of("NO_COLOR", "1"), false)).isTrue();
        assertThat(ColorChoice.NEVER.resolve(Map.of(), true)).isFalse();
    }

    @Test
    void outputFileIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicOutput.write(target, List.of(), w -> {
            w.write("partial");
            throw new java.io.IOException("Disk full");
        })).isInstanceOf(AtomicOutput.Failed.class).hasMessage("cannot write " + target + ": disk full; nothing "
                + "was written, and the earlier " + target + " is as it was.");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicOutput.write(target, List.of(), w -> w.write("new"));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-rw-r--");
        Path fresh = dir.resolve("fresh.csv");
        AtomicOutput.write(fresh, List.of(), w -> w.write("x"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
        AtomicOutput.write(link, List.of(), w -> w.write("through the link"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("through the link");
    }

    @Test
    void outputRefusesToOverwriteDataFiles(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path yaml = Files.writeString(data.resolve("places.yaml"), "places: []\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicOutput.write(yaml, List.of(data),
                w -> w.write("x"))).isInstanceOf(AtomicOutput.Refused.class)
                .hasMessage("refusing to write over " + yaml + ": it is one of amity's data files.");
        assertThat(Files.readString(yaml)).isEqualTo("places: []\n");
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    static String pipe(Path dir, String input, String... cmd) throws Exception {
        Path in = dir.resolve("in");
        Files.writeString(in, input, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(cmd).redirectInput(in.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return out;
    }

    @Test
    void aChartIsAsWideAsTheTerminalOrColumnsElseEightyInAPipe() {
        assertThat(TerminalInfo.chartWidth(Map.of(), 132)).isEqualTo(132);
        assertThat(TerminalInfo.chartWidth(Map.of("COLUMNS", "72"), 0)).isEqualTo(72);
        assertThat(TerminalInfo.chartWidth(Map.of(), 0)).isEqualTo(80);
        assertThat(RenderOptions.of(Format.TABLE).chartWidth()).isEqualTo(80);
    }
}
