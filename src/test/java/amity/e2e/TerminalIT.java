package amity.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import amity.text.Width;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees in an 80-column terminal: tmux (installed by .ci/run) runs the real bin/amity
 * on the shipped data in a pane 80 columns wide, and the screen, with the lines the terminal wrapped
 * joined again, is read back. No line may be wider than 80 columns, and nothing shown is cut.
 */
class TerminalIT {
    private static final String DONE = "__amity_done__";

    @TempDir
    Path home;

    private String socket;

    @BeforeEach
    void tmux() throws Exception {
        assumeThat(run(List.of("sh", "-c", "command -v tmux")).status()).as("tmux on PATH (.ci/run installs it)")
                .isZero();
        socket = "amity-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    @AfterEach
    void stop() throws Exception {
        if (socket != null) {
            run(List.of("tmux", "-L", socket, "kill-server"));
        }
    }

    @Test
    void reconcileIsAReportThatFitsEightyColumnsWithEveryKeyWhole() throws Exception {
        List<String> screen = inTerminal("reconcile");
        assertFits(screen);
        Set<String> keys = Set.of(pipe("reconcile", "--format", "csv", "--fields", "key", "--no-header").out()
                .split("\n"));
        List<String> shown = new ArrayList<>();
        int announced = 0;
        Pattern heading = Pattern.compile("^\\S.* \\((\\d+)\\)$");
        for (int i = 0; i < screen.size(); i++) {
            String line = screen.get(i);
            Matcher h = heading.matcher(line);
            if (h.matches()) {
                announced += Integer.parseInt(h.group(1));
            } else if (line.matches("^  \\S+$") && screen.get(i - 1).isEmpty()) {
                // A finding starts after a blank line with its key, alone and two columns in.
                shown.add(line.strip());
            }
        }
        assertThat(shown).as("the findings listed under the headings").hasSize(announced).isNotEmpty();
        assertThat(keys).containsAll(shown);
        assertThat(String.join("\n", screen)).contains("--status").contains("findings:");
    }

    @Test
    void showWrapsEveryValueWholeWithinEightyColumns() throws Exception {
        List<String> screen = inTerminal("show", "beijing-ottawa");
        assertFits(screen);
        String flat = String.join("", screen).replaceAll("\\s+", "");
        // The field/value rows themselves, as csv gives them (json gives the record as one object).
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (var it = csv.readerFor(List.class).<List<String>>readValues(
                pipe("show", "beijing-ottawa", "--format", "csv", "--raw", "--no-header").out())) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSizeGreaterThan(10);
        for (List<String> row : rows) {
            // csv joins a list with "; ", the table with ", ": each item whole.
            for (String item : row.get(1).split("; ")) {
                assertThat(flat).as("the value of %s, whole", row.get(0)).contains(item.replaceAll("\\s+", ""));
            }
        }
    }

    @Test
    void bothChartsFitEightyColumnsInAPipe() throws Exception {
        for (List<String> args : List.of(List.of("reconcile", "--chart"),
                List.of("aggregate", "agreements", "--of", "beijing", "--by", "partner.name", "--chart"))) {
            Jdk.Result r = pipe(args.toArray(String[]::new));
            assertThat(r.status()).as("%s", args).isZero();
            assertFits(r.out().lines().toList());
        }
    }

    private static void assertFits(List<String> lines) {
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(Width.of(l)).as("width of: %s", l)
                .isLessThanOrEqualTo(80));
    }

    /** bin/amity ARGS in an 80-column tmux pane: the screen's lines, wrapped ones joined, up to its exit. */
    private List<String> inTerminal(String... args) throws Exception {
        String command = shellQuote(Jdk.LAUNCHER.toString()) + " " + List.of(args).stream()
                .map(TerminalIT::shellQuote).collect(Collectors.joining(" ")) + "; echo " + DONE + " $?; sleep 600";
        ProcessBuilder pb = launcher(List.of("tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "80",
                "-y", "50", "sh", "-c", command));
        assertThat(finish(pb).status()).isZero();
        run(List.of("tmux", "-L", socket, "set-option", "-g", "history-limit", "10000"));
        List<String> screen = List.of();
        // Waits for the command to end (bounded, so a hang fails rather than stalls the build).
        for (int i = 0; i < 1200 && screen.stream().noneMatch(l -> l.startsWith(DONE)); i++) {
            Thread.sleep(100);
            screen = run(List.of("tmux", "-L", socket, "capture-pane", "-p", "-J", "-S", "-", "-E", "-")).out()
                    .lines().toList();
        }
        int end = screen.indexOf(screen.stream().filter(l -> l.startsWith(DONE)).findFirst().orElseThrow());
        assertThat(screen.get(end)).as("exit status").isIn(DONE + " 0", DONE + " 1");
        List<String> out = new ArrayList<>(screen.subList(0, end));
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private Jdk.Result pipe(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Jdk.LAUNCHER.toString()));
        command.addAll(List.of(args));
        return finish(launcher(command));
    }

    /** A user's surroundings: this test's cache, the JDK under test, no data, width or colour settings. */
    private ProcessBuilder launcher(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().put("AMITY_JAVA", Jdk.JAVA);
        pb.environment().put("TERM", "xterm-256color");
        pb.environment().remove("AMITY_DATA");
        pb.environment().remove("COLUMNS");
        pb.environment().remove("NO_COLOR");
        pb.environment().remove("TMUX");
        return pb;
    }

    private Jdk.Result run(List<String> command) throws Exception {
        return finish(launcher(command));
    }

    private static Jdk.Result finish(ProcessBuilder pb) throws Exception {
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        Jdk.Result r = Jdk.finish(p);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return r;
    }

    private static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
