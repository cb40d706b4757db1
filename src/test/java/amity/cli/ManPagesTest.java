package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Dataset;
import amity.read.DataReader;
import amity.report.reconcile.Finding;
import amity.report.reconcile.Reconciler;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed man pages as mandoc reads and renders them: no construct it drops (UNSUPP), a date
 * in every .TH, SEE ALSO everywhere, and amity(1)'s ENVIRONMENT and full EXIT STATUS table.
 */
class ManPagesTest {
    /** What asciidoctor writes into every page for groff's www.tmac, which mandoc does not load. */
    private static final List<String> KNOWN = List.of("skipping insecure request: mso",
            "skipping unknown macro:  LINKSTYLE");

    static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("man"))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Runs a program on this machine, or skips the test with a notice saying what is missing. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Tools.installed(command.get(0)), () -> Tools.missing(command.get(0)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** A page as man shows it, without the bold and underline overstrikes. */
    static String rendered(Path page) throws IOException, InterruptedException {
        return run(List.of("mandoc", "-T", "ascii", "-O", "width=80", page.toString())).replaceAll(".\b", "");
    }

    @Test
    void mandocLintFindsNothingUnsupportedAndEveryPageHasADate() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            for (String line : run(List.of("mandoc", "-T", "lint", page.toString())).split("\n")) {
                boolean serious = line.contains("UNSUPP") || line.contains("ERROR") || line.contains("missing date");
                if (serious && KNOWN.stream().noneMatch(line::contains)) {
                    problems.add(line);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageHasSeeAlsoAndADate() throws Exception {
        for (Path page : pages()) {
            String text = rendered(page);
            assertThat(text).as("%s", page).contains("\nSEE ALSO\n");
            assertThat(text.strip().lines().reduce((a, b) -> b).orElseThrow()).as("%s footer", page)
                    .matches("amity \\S+ +\\d{4}-\\d{2}-\\d{2} +\\S+");
        }
    }

    @Test
    void amityListsItsEnvironmentAndEveryExitStatus() throws Exception {
        String text = rendered(Path.of("man/man1/amity.1"));
        String env = text.substring(text.indexOf("\nENVIRONMENT\n"), text.indexOf("\nEXIT STATUS\n"));
        for (String name : List.of("AMITY_DATA", "AMITY_JAVA", "AMITY_SNAPSHOT", "NO_COLOR", "XDG_CACHE_HOME",
                "XDG_STATE_HOME")) {
            assertThat(env).contains("\n       " + name + "\n");
        }
        String exit = text.substring(text.indexOf("\nEXIT STATUS\n"), text.indexOf("\nEXAMPLES\n"));
        for (Field f : ExitCode.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                assertThat(exit).as(f.getName()).contains("\n       " + f.getInt(null) + "\n");
            }
        }
    }

    @Test
    void synopsesKeepEveryOptionAndWriteEachLabelOnce() throws Exception {
        String reconcile = synopsis(rendered(Path.of("man/man1/amity-reconcile.1")));
        assertThat(reconcile).contains("[--check=C[,C...]]...", "[--fail-on=S[,S...]]...", "[--status=S[,S...]]...");
        assertThat(synopsis(rendered(Path.of("man/man1/amity-aggregate.1"))))
                .contains("--by=FIELD[,FIELD...] [--by=FIELD[,FIELD...]]...");
        assertThat(Run.of("reconcile", "--help").out()).contains("[--check=C[,C...]]...")
                .doesNotContain("S[,S][");
    }

    /** The SYNOPSIS section on one line, as man wraps it only between words. */
    private static String synopsis(String text) {
        return text.substring(text.indexOf("\nSYNOPSIS\n") + 10, text.indexOf("\nDESCRIPTION\n")).strip()
                .replaceAll("\\s+", " ");
    }

    @Test
    void theDataPagesAcknowledgementExampleNamesARealFindingAndDigest() throws Exception {
        String adoc = Files.readString(Path.of("docs/amity-data.5.adoc"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("finding: (\\S+)\n\\s+digest: (\\S+)").matcher(adoc);
        assertThat(m.find()).as("an acknowledgement example in docs/amity-data.5.adoc").isTrue();
        Dataset shipped = DataReader.load(DataReader.Request.of(List.of("data"))).dataset();
        assertThat(Reconciler.run(shipped)).extracting(Finding::key, Finding::digest)
                .contains(org.assertj.core.groups.Tuple.tuple(m.group(1), m.group(2)));
    }
}
