package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.query.Field;
import amity.report.listing.FieldList;
import amity.report.reconcile.ReconcileReport;
import amity.report.reconcile.Reconciler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed completion scripts run in real shells: bash with bash-completion, zsh (sourced and
 * autoloaded from $fpath, on a pseudo-terminal) and fish (complete -C). Each shell is asked the
 * same lines and must offer the same candidates. A shell missing here skips with a notice.
 */
class CompletionScriptsTest {
    private static final Path HARNESS = Path.of("src/test/resources/completion");
    private static final String BASH_COMPLETION = "/usr/share/bash-completion/bash_completion";

    private static final List<String> FORMATS = List.of("table", "csv", "tsv", "json", "jsonl", "markdown");
    private static final List<String> STATUSES = List.of("conflicts", "records-short", "possible", "undecided",
            "not-recorded", "confirmed", "unverifiable");

    /** Each line typed, then Tab, and what every shell must offer (the last word of it: see {@link #word}). */
    static Map<String, List<String>> cases() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        List<String> commands = List.of("reconcile", "list", "filter", "show", "aggregate", "fields", "check",
                "import", "shell", "help");
        c.put("amity ", commands);
        c.put("amity help ", commands);
        c.put("amity list ", amity.model.RecordType.queryableNames());
        c.put("amity reconcile --status ", Stream.concat(STATUSES.stream(), Stream.of("acknowledged", "unacknowledged"))
                .toList());
        c.put("amity reconcile --status=possible,c", List.of("conflicts", "confirmed"));
        c.put("amity reconcile --fail-on ", Stream.concat(STATUSES.stream(), Stream.of("none")).toList());
        c.put("amity reconcile --check ", Reconciler.checkNames());
        c.put("amity list places --color ", List.of("auto", "always", "never"));
        c.put("amity aggregate agreements --unknown ", List.of("range", "bucket"));
        c.put("amity list agreements -o ", FORMATS);
        c.put("amity reconcile --format ", Stream.concat(FORMATS.stream(), Stream.of("report", "svg")).toList());
        c.put("amity list agreements --fields ", names(FieldList.fields("agreements", false)));
        c.put("amity list agreements --of beijing --sort id,partner.c", names(FieldList.fields("agreements", true))
                .stream().filter(n -> n.startsWith("partner.c")).toList());
        c.put("amity filter places x --fields=id,na", List.of("name", "names"));
        c.put("amity aggregate places --by ", names(FieldList.fields("places", false)));
        c.put("amity aggregate figures --across ", names(FieldList.fields("figures", false)));
        c.put("amity reconcile --fields key,st", names(ReconcileReport.FIELDS).stream()
                .filter(n -> n.startsWith("st")).toList());
        c.put("amity reconcile --data src/test/resources/fixtures/wo", List.of("words"));
        c.put("amity list places --output po", List.of("pom.xml"));
        c.put("amity show ", List.of());
        c.put("amity list agreements --of ", List.of());
        return c;
    }

    private static List<String> names(List<Field> fields) {
        return fields.stream().map(Field::name).toList();
    }

    @Test
    void bashWithBashCompletion() throws Exception {
        Assumptions.assumeTrue(Tools.installed("bash"), () -> Tools.missing("bash"));
        Assumptions.assumeTrue(Files.exists(Path.of(BASH_COMPLETION)), () -> Tools.missing("bash-completion"));
        check("bash", command("bash", HARNESS.resolve("complete.bash").toString(), "completions/amity.bash"));
    }

    @Test
    void zshSourced() throws Exception {
        Assumptions.assumeTrue(Tools.installed("zsh"), () -> Tools.missing("zsh"));
        check("zsh sourced", command("zsh", "-f", HARNESS.resolve("complete.zsh").toString(), "source",
                "completions/amity.zsh"));
    }

    @Test
    void zshFromFpath() throws Exception {
        Assumptions.assumeTrue(Tools.installed("zsh"), () -> Tools.missing("zsh"));
        check("zsh from fpath", command("zsh", "-f", HARNESS.resolve("complete.zsh").toString(), "fpath",
                "completions/amity.zsh"));
    }

    @Test
    void fish() throws Exception {
        Assumptions.assumeTrue(Tools.installed("fish"), () -> Tools.missing("fish"));
        check("fish", command("fish", "--no-config", HARNESS.resolve("complete.fish").toString(),
                "completions/amity.fish"));
    }

    @Test
    void fishDescriptionsHaveNoPicocliFormatMarks() throws IOException {
        assertThat(Files.readString(Path.of("completions/amity.fish"), StandardCharsets.UTF_8)).doesNotContain("%n")
                .doesNotContain("${");
    }

    private static List<String> command(String... words) {
        List<String> out = new ArrayList<>(List.of(words));
        out.addAll(cases().keySet());
        return out;
    }

    /** Runs the shell on every case and compares what it offers, case by case, with what is expected. */
    private static void check(String shell, List<String> command) throws Exception {
        Path log = Files.createTempFile("amity-completion", ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        p.getOutputStream().close();
        // A guard against a shell that never returns (the old zsh script did in $fpath), not a time limit.
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertThat(finished).as("%s finished; it printed:%n%s", shell, out).isTrue();
        Map<String, List<String>> offered = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("== ")) {
                current = new ArrayList<>();
                offered.put(line.substring(3), current);
            } else if (current != null && !line.isEmpty()) {
                current.add(word(line));
            } else {
                throw new AssertionError(shell + " printed before the first case: " + out);
            }
        }
        assertThat(out).as("%s output", shell).doesNotContain("ERROR:").doesNotContain("command not found");
        for (Map.Entry<String, List<String>> e : cases().entrySet()) {
            assertThat(offered.get(e.getKey())).as("%s: %s<Tab>", shell, e.getKey())
                    .containsExactlyInAnyOrderElementsOf(e.getValue());
        }
    }

    /**
     * What a candidate completes, whatever the shell puts around it: fish's description (after a
     * tab), an --option= or a list's earlier items (bash and fish keep them, zsh does not), a path's
     * folders and a trailing slash.
     */
    static String word(String candidate) {
        String w = candidate.split("\t", -1)[0].replaceFirst("^--[a-z-]+=", "");
        w = w.substring(w.lastIndexOf(',') + 1);
        w = w.endsWith("/") ? w.substring(0, w.length() - 1) : w;
        return w.substring(w.lastIndexOf('/') + 1);
    }
}
