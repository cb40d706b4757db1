package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What amity writes and reads at the edges of the file system: --output through linked folders,
 * pipes and devices in a data folder, link loops, standard input by either name, values too long to
 * parse in time, and CSV or TSV written to a terminal.
 */
class SafeFilesTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void copyTheShippedData() throws IOException {
        data = SnapshotTest.shippedDataIn(dir);
    }

    /** A folder linked to the data folder is the data folder: neither a data file nor a report lands there. */
    @Test
    void outputThroughALinkedFolderIsComparedWithEveryLinkResolved() throws IOException {
        Files.createSymbolicLink(dir.resolve("datalink"), data);
        byte[] places = Files.readAllBytes(data.resolve("places.yaml"));
        for (String target : new String[] {"datalink/places.yaml", "datalink/report.yml"}) {
            Run r = Run.of("list", "places", "--data", data.toString(), "--output", dir.resolve(target).toString());
            assertThat(r.err()).isEqualTo("amity: refusing to write over " + dir.resolve(target)
                    + ": it is one of amity's data files.\n");
            assertThat(r.status()).isEqualTo(74);
        }
        assertThat(Files.readAllBytes(data.resolve("places.yaml"))).isEqualTo(places);
        assertThat(data.resolve("report.yml")).doesNotExist();
        assertThat(Run.of("check", "--data", data.toString()).status()).isZero();
    }

    /** A pipe named like a data file inside a data folder is skipped with a note, not read (it would block). */
    @Test
    @Timeout(60)
    void aPipeInsideADataFolderIsSkippedWithANote() throws Exception {
        Path fifo = data.resolve("b.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Run r = Run.of("check", "--data", data.toString());
        assertThat(r.err()).isEqualTo("amity: note: " + fifo + ": not a regular file (a pipe, socket or device); "
                + "skipped.\n");
        assertThat(r.out()).startsWith("ok: 9 files,");
        assertThat(r.status()).isZero();
    }

    @Test
    void aLinkLoopIsReportedAsALoop() throws IOException {
        Files.createSymbolicLink(dir.resolve("a.yaml"), dir.resolve("b.yaml"));
        Files.createSymbolicLink(dir.resolve("b.yaml"), dir.resolve("a.yaml"));
        Run r = Run.of("check", "--data", dir.resolve("a.yaml").toString());
        assertThat(r.err()).isEqualTo("amity: " + dir.resolve("a.yaml") + ": a symbolic link loop (the link leads, "
                + "through links, back to itself); point it at a file or folder.\n");
        assertThat(r.status()).isEqualTo(66);
        Files.createSymbolicLink(data.resolve("loop.yaml"), data.resolve("loop.yaml"));
        Run inFolder = Run.of("check", "--data", data.toString());
        assertThat(inFolder.err()).isEqualTo("amity: " + data.resolve("loop.yaml") + ": cannot be read: a symbolic "
                + "link loop (the link leads, through links, back to itself); point it at a file or folder.\n");
        assertThat(inFolder.status()).isEqualTo(66);
    }

    /** /dev/stdin is standard input, read once as "-" is: empty, it is the same exit 66. */
    @Test
    void devStdinBehavesLikeADash() {
        Run dash = Run.with(Map.of(), "", "check", "--data", "-");
        Run named = Run.with(Map.of(), "", "check", "--data", "/dev/stdin");
        assertThat(named).isEqualTo(dash);
        assertThat(named.status()).isEqualTo(66);
        String place = "places:\n  - {id: rome, name: Rome, country: IT, level: city}\n";
        assertThat(Run.with(Map.of(), place, "check", "--data", "/dev/stdin"))
                .isEqualTo(Run.with(Map.of(), place, "check", "--data", "-"));
    }

    /** A line longer than 64 KB is refused before SnakeYAML reads it (quadratic there), at its place. */
    @Test
    @Timeout(60)
    void aLineLongerThanTheCapIsALocatedError() throws IOException {
        Path f = dir.resolve("long.yaml");
        Files.writeString(f, "places:\n  - id: long\n    name: " + "x".repeat(20 << 20) + "\n", StandardCharsets.UTF_8);
        Run r = Run.of("check", "--data", f.toString());
        assertThat(r.err()).startsWith(f + ":3:65537: this line is 20,971,530 characters long; amity reads at "
                + "most 65,536 (64 KB) in one line or value: write long text as a block scalar (|) over several lines.\n");
        assertThat(r.status()).isEqualTo(65);
    }

    /** A block scalar of short lines is read in linear time, and its value is capped the same way. */
    @Test
    void aValueLongerThanTheCapIsALocatedError() throws IOException {
        Path f = dir.resolve("long.yaml");
        Files.writeString(f, "places:\n  - id: long\n    name: |\n" + ("      " + "y".repeat(99) + "\n").repeat(700),
                StandardCharsets.UTF_8);
        Run r = Run.of("check", "--data", f.toString());
        assertThat(r.err()).startsWith(f + ":3:11: this value is 70,000 characters long; amity reads at most 65,536 "
                + "(64 KB) in one line or value");
        assertThat(r.status()).isEqualTo(65);
    }

    /** A number of a million digits would take reconcile minutes: one over 100 characters is refused at its place. */
    @Test
    void aNumberLongerThanTheCapIsALocatedError() throws IOException {
        Path f = data.resolve("figures-long.yaml");
        String text = Files.readString(data.resolve("global-times-2023.yaml"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(\\s+value: )(\\d+)$").matcher(text);
        assertThat(m.find()).isTrue();
        Files.writeString(data.resolve("global-times-2023.yaml"), text.substring(0, m.start(2)) + "9".repeat(10_000)
                + text.substring(m.end(2)), StandardCharsets.UTF_8);
        Run r = Run.of("check", "--data", data.toString());
        assertThat(r.err()).contains("this number is 10,000 characters long; amity reads numbers of at most 100 "
                + "characters.\n");
        assertThat(r.status()).isEqualTo(65);
        assertThat(f).doesNotExist();
    }

    /** On a terminal CSV and TSV show control characters escaped; to a pipe they stay data. */
    @Test
    void csvAndTsvToATerminalEscapeControlCharacters() throws IOException {
        Path f = dir.resolve("evil.yaml");
        Files.writeString(f, "places:\n  - id: evil\n    name: \"\\e]52;c;ZXZpbA==\\a\\e[2J\\u202eX\\u00ad\"\n"
                + "    country: IT\n    level: city\n", StandardCharsets.UTF_8);
        for (String format : new String[] {"csv", "tsv"}) {
            String[] args = {"list", "places", "--data", f.toString(), "--fields", "name", "--format", format};
            Run terminal = terminal(args);
            assertThat(terminal.out()).isEqualTo("name\n\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J\\u202eX\\u00ad\n");
            assertThat(Run.of(args).out()).isEqualTo("name\n\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u202eX\u00ad\n");
        }
    }

    /** A run whose standard output is a terminal 80 columns wide. */
    static Run terminal(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.PrintWriter o = new java.io.PrintWriter(out);
        java.io.PrintWriter e = new java.io.PrintWriter(err);
        int status = Amity.commandLineFor(args, new Env(Map.of("COLUMNS", "80", "NO_COLOR", "1"),
                java.io.InputStream.nullInputStream(), true), o, e).execute(args);
        o.flush();
        e.flush();
        return new Run(out.toString(), err.toString(), status);
    }
}
