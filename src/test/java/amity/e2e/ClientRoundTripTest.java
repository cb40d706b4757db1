package amity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import amity.cli.Run;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * amity's output read back by the clients people use on it (jq, Miller, Python's csv, csvkit, pandoc),
 * installed by .ci/run. Where a client is missing, its tests are skipped with a notice naming the
 * package, never passed silently.
 */
class ClientRoundTripTest {
    static final String HOSTILE = "src/test/resources/fixtures/hostile";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Commands whose csv and tsv must read back as their json: hostile values, dates, ranges, findings. */
    static Stream<String> commands() {
        return Stream.of("list places --data " + HOSTILE, "list sources --data " + HOSTILE,
                "list agreements --data " + HOSTILE, "list figures --data " + HOSTILE,
                "list agreements --data " + HOSTILE + " --of img",
                "aggregate agreements --of beijing --by decade",
                "aggregate agreements --of beijing --by decade --across partner.region",
                "aggregate figures --by source.publisher --sum value --max value",
                "aggregate places --data " + HOSTILE + " --by level --across name",
                "fields agreements --of", "reconcile --explain pd2000-added-1990s",
                "reconcile --fail-on none");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void millerReadsCsvAndTsvBackToTheJsonRecords(String command) throws IOException {
        need("mlr", "miller");
        List<Map<String, String>> expected = flat(json(command));
        for (String format : List.of("csv", "tsv")) {
            String out = amity(command + " --raw --format " + format);
            // --no-auto-unflatten: Miller would otherwise nest dotted names (partner.name) into objects.
            String read = client(out, "mlr", "--i" + format, "--ojson", "--infer-none", "--no-auto-unflatten", "cat");
            // Miller 6's CSV reader reads line by line and drops the CR of a CRLF inside a quoted value (TSV
            // keeps it as \r); Python's csv below checks that amity writes it.
            // Miller 6.6 decodes the escapes in TSV values but leaves them in header names (a cross-tab's come from data).
            List<Map<String, String>> want = format.equals("csv") ? crlfAsLf(expected) : escapedKeys(expected);
            assertThat(records(read)).as("%s --format %s read by Miller", command, format).isEqualTo(want);
            assertThat(keys(records(read))).as("column order").isEqualTo(keys(want));
        }
    }

    @Test
    void millerNestingDottedHeadersKeepsThePartnersId() throws IOException {
        need("mlr", "miller");
        // Without --no-auto-unflatten Miller nests partner.name under partner: a column named plain
        // partner would be overwritten by that object, and the id lost.
        String read = client(amity("list agreements --of beijing --format csv"), "mlr", "--icsv", "--ojson", "cat");
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode r : JSON.readTree(read)) {
            ids.add(r.get("partner").get("id").asText());
        }
        List<String> want = new java.util.ArrayList<>();
        for (JsonNode r : json("list agreements --of beijing")) {
            want.add(r.get("partner.id").asText());
        }
        assertThat(ids).isEqualTo(want).contains("ottawa");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void pythonsCsvReadsEveryCsv(String command) throws IOException {
        need("python3", "python3");
        String script = "import csv, io, json, sys\n"
                + "rows = list(csv.DictReader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')))\n"
                + "print(json.dumps(rows, ensure_ascii=False))\n";
        String read = client(amity(command + " --raw --format csv"), "python3", "-c", script);
        assertThat(records(read)).as("%s read by Python's csv", command).isEqualTo(flat(json(command)));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void csvkitReadsEveryCsv(String command) throws IOException {
        need("csvjson", "csvkit");
        String read = client(amity(command + " --raw --format csv"), "csvjson", "--no-inference", "--blanks");
        assertThat(records(read)).as("%s read by csvkit", command).isEqualTo(flat(json(command)));
    }

    @Test
    void theFormulaGuardIsTheOnlyDifferenceWithoutRaw() throws IOException {
        need("mlr", "miller");
        String read = client(amity("list sources --data " + HOSTILE + " --format tsv"), "mlr", "--itsv", "--ojson",
                "--infer-none", "cat");
        List<Map<String, String>> rows = records(read);
        assertThat(rows).extracting(r -> r.get("publisher")).containsExactly("+26",
                "'=HYPERLINK(\"http://evil.example\")");
    }

    @Test
    void jqSelectsByNumbersAndRanges() throws IOException {
        need("jq", "jq");
        String decades = amity("aggregate agreements --of beijing --by decade --format json");
        long certain = 0;
        for (JsonNode row : JSON.readTree(decades)) {
            certain += row.get("count").get("lo").asLong() >= 10 ? 1 : 0;
        }
        assertThat(client(decades, "jq", "[.[] | select(.count.lo >= 10)] | length").strip())
                .isEqualTo(String.valueOf(certain)).isNotEqualTo("0");
        assertThat(client(decades, "jq", "map(.count.hi) | add").strip()).isEqualTo(
                String.valueOf(sum(JSON.readTree(decades), "hi")));

        String findings = amity("reconcile --fail-on none --format json");
        long conflicts = 0;
        for (JsonNode f : JSON.readTree(findings)) {
            conflicts += f.get("status").asText().startsWith("conflicts") ? 1 : 0;
        }
        assertThat(client(findings, "jq", "[.[] | select(.status | startswith(\"conflicts\"))] | length").strip())
                .isEqualTo(String.valueOf(conflicts)).isNotEqualTo("0");
        long negative = 0;
        for (JsonNode f : JSON.readTree(findings)) {
            negative += f.get("difference").isNumber() && f.get("difference").asLong() < 0 ? 1 : 0;
        }
        assertThat(client(findings, "jq", "[.[] | select(.difference != null and .difference < 0)] | length")
                .strip()).isEqualTo(String.valueOf(negative)).isNotEqualTo("0");
        assertThat(client(findings, "jq", "[.[] | select(.derived != null and .derived.lo <= .derived.hi)] | length")
                .strip()).isEqualTo(client(findings, "jq", "[.[] | select(.derived != null)] | length").strip());
    }

    @Test
    void jqReadsJsonLinesAndChecksProblems() throws IOException {
        need("jq", "jq");
        String lines = amity("list agreements --of beijing --format jsonl");
        assertThat(client(lines, "jq", "-s", "length").strip())
                .isEqualTo(String.valueOf(lines.lines().count()));
        Run check = Run.of("check", "--data", "src/test/resources/fixtures/bad", "--format", "jsonl");
        assertThat(check.status()).isEqualTo(65);
        assertThat(client(check.out(), "jq", "-r", "select(.line == 30) | .suggestion").strip())
                .isEqualTo("Did you mean 'tokyo'?");
        assertThat(client(check.out(), "jq", "-s", "map(select(.end_column >= .column)) | length").strip())
                .isEqualTo(String.valueOf(check.out().lines().count()));
    }

    @Test
    void jqSelectsANestedAttestationsSourceFromShow() throws IOException {
        need("jq", "jq");
        String shown = amity("show beijing-ottawa --format json");
        // The statements that pass on another source's date (hearsay), and the source that states them.
        assertThat(client(shown, "jq", "-r", ".attested[] | select(.reports != null) | .source").strip())
                .isEqualTo("beijing-sister-cities-list");
        assertThat(client(shown, "jq", "-r", ".attested[] | select(.date_latest <= \"1999-12-31\") | .source")
                .lines().toList()).isEqualTo(List.of("beijing-sister-cities-list", "people-daily-2000-09-19"));
        String line = amity("show beijing-ottawa --format jsonl");
        assertThat(line.lines().count()).isEqualTo(1);
        assertThat(client(line, "jq", "-c", ".").strip()).isEqualTo(client(shown, "jq", "-c", ".").strip());
        assertThat(client(shown, "jq", ".attestations == (.attested | length)").strip()).isEqualTo("true");
    }

    @Test
    void pandocRendersHostileNamesInert() throws IOException {
        need("pandoc", "pandoc");
        for (String type : List.of("places", "sources", "agreements --fields id,names")) {
            String md = amity("list " + type + " --data " + HOSTILE + " --format markdown");
            for (String dialect : List.of("gfm", "markdown")) {
                String html = client(md, "pandoc", "-f", dialect, "-t", "html");
                assertThat(html).as("%s through pandoc -f %s", type, dialect).contains("<table")
                        .doesNotContain("<img", "<strong>", "<em>", "<code>", "javascript:alert(1)\">");
            }
        }
        String html = client(amity("list places --data " + HOSTILE + " --format markdown"), "pandoc", "-f", "gfm",
                "-t", "html");
        assertThat(html).contains("<td>&lt;img src=x onerror=alert(1)&gt;</td>",
                "<td>back\\slash\\n not a newline</td>");
        String sources = client(amity("list sources --data " + HOSTILE + " --format markdown --fields id,title"),
                "pandoc", "-f", "gfm", "-t", "plain");
        assertThat(sources).contains("**bold** _em_ `code` [x](javascript:alert(1)) | pipe & amp &lt;");
    }

    // --- helpers ---

    private static long sum(JsonNode rows, String part) {
        long s = 0;
        for (JsonNode r : rows) {
            s += r.get("count").get(part).asLong();
        }
        return s;
    }

    /** Skips (visibly) when a client is not installed. */
    private static void need(String client, String debianPackage) {
        boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, client)));
        if (!found) {
            System.err.println("NOTICE: " + client + " is not installed; its round-trip tests are skipped "
                    + "(apt-get install " + debianPackage + ", as .ci/run does).");
        }
        Assumptions.assumeTrue(found, client + " is not installed: skipped; apt-get install " + debianPackage);
    }

    private static String amity(String command) {
        Run r = Run.of(command.split(" "));
        assertThat(r.status()).as("%s: %s", command, r.err()).isIn(0, 1);
        return r.out();
    }

    private static JsonNode json(String command) throws IOException {
        return JSON.readTree(amity(command + " --format json"));
    }

    /** Runs a client on {@code input}; its stdout, after checking it exited 0. */
    static String client(String input, String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The client stopped reading: its exit status says why.
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        feed.join();
        try {
            int status = p.waitFor();
            assertThat(status).as("%s exited %d: %s", String.join(" ", command), status,
                    new String(err.join(), StandardCharsets.UTF_8)).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }

    /** A client's JSON array of flat objects, every value as text. */
    private static List<Map<String, String>> records(String json) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        JsonNode tree = JSON.readTree(json.isBlank() ? "[]" : json);
        for (JsonNode row : tree) {
            Map<String, String> m = new LinkedHashMap<>();
            row.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
            out.add(m);
        }
        return out;
    }

    /** amity's json records as the flat formats lay them out: ranges as _lo/_hi, lists joined by "; ", null as "". */
    private static List<Map<String, String>> flat(JsonNode rows) {
        // A missing range is null in json: which columns are ranges, the rows that have one say.
        java.util.Set<String> ranges = new java.util.HashSet<>();
        rows.forEach(r -> r.fields().forEachRemaining(e -> {
            if (e.getValue().isObject() && e.getValue().has("lo")) {
                ranges.add(e.getKey());
            }
        }));
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonNode row : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (ranges.contains(e.getKey())) {
                    m.put(e.getKey() + "_lo", v.isNull() ? "" : text(v.get("lo")));
                    m.put(e.getKey() + "_hi", v.isNull() ? "" : text(v.get("hi")));
                } else if (v.isArray()) {
                    List<String> items = new ArrayList<>();
                    v.forEach(i -> items.add(text(i)));
                    m.put(e.getKey(), String.join("; ", items));
                } else {
                    m.put(e.getKey(), text(v));
                }
            }
            out.add(m);
        }
        return out;
    }

    private static String text(JsonNode v) {
        return v.isNull() ? "" : v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
    }

    private static List<Map<String, String>> crlfAsLf(List<Map<String, String>> rows) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            r.forEach((k, v) -> m.put(k, v.replace("\r\n", "\n")));
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, String>> escapedKeys(List<Map<String, String>> rows) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            r.forEach((k, v) -> m.put(k.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                    .replace("\r", "\\r"), v));
            out.add(m);
        }
        return out;
    }

    private static List<List<String>> keys(List<Map<String, String>> rows) {
        return rows.stream().map(r -> List.copyOf(r.keySet())).toList();
    }
}
